package org.jingzhun.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class MessagesBundleTest {

    private static final Pattern CODE = Pattern.compile("\"(validation\\.[A-Za-z.]+)\"");

    /** A literal message key in a template: #{login.title} or #{form.row(${f.label}, …)}, not #{${computed}}. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[(}]");

    @Test
    void englishAndChineseBundlesHaveTheSameKeys() {
        assertThat(load("messages_zh_CN.properties").stringPropertyNames())
                .isEqualTo(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyValidationCodeUsedInTheCodeHasATextInBothLanguages() throws IOException {
        Set<String> used = codesUsedIn(Path.of("src/main/java"));

        assertThat(used).contains("validation.idNumber.checkDigit", "validation.reason.required");
        assertThat(load("messages.properties").stringPropertyNames()).containsAll(used);
        assertThat(load("messages_zh_CN.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void noTextIsEmpty() {
        for (String bundle : new String[] { "messages.properties", "messages_zh_CN.properties" }) {
            Properties texts = load(bundle);
            assertThat(texts.stringPropertyNames()).as(bundle)
                .allSatisfy(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void everyKeyUsedInATemplateHasATextInBothLanguages() throws IOException {
        Set<String> used = keysUsedIn(Path.of("src/main/resources/templates"));

        assertThat(used).contains("login.title", "nav.logout", "form.row");
        assertThat(load("messages.properties").stringPropertyNames()).containsAll(used);
        assertThat(load("messages_zh_CN.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void chineseTextsAreReallyChinese() {
        Properties chinese = load("messages_zh_CN.properties");

        assertThat(chinese.stringPropertyNames())
                .allSatisfy(key -> assertThat(chinese.getProperty(key)).containsPattern("\\p{IsHan}"));
    }

    private static Set<String> codesUsedIn(Path root) throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    codes.add(matcher.group(1));
                }
            }
        }
        return codes;
    }

    private static Set<String> keysUsedIn(Path templates) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(templates)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties load(String name) {
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/" + name)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
