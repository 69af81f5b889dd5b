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
