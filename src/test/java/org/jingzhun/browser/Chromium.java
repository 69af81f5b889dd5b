package org.jingzhun.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts Debian's headless Chromium through Debian's chromedriver (never a downloaded browser or driver) for each
 * test that asks for a {@link Browser}, points it at the running application and closes it afterwards.
 */
public class Chromium implements TestInstancePreConstructCallback, ParameterResolver, TestExecutionExceptionHandler,
        AfterEachCallback {

    static final Path BINARY = Path.of("/usr/bin/chromium");

    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

    /** Before the test instance, so that no application starts for a test that cannot run: reported as skipped. */
    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factory, ExtensionContext context) {
        Assumptions.assumeTrue(Files.isExecutable(BINARY), "Browser journeys skipped: no " + BINARY
                + " on this machine (apt-get install chromium chromium-driver; .ci/run does it)");
        // with Chromium there but not its driver, fail instead: that is a broken install, not a machine without one
        if (!Files.isExecutable(DRIVER)) {
            throw new IllegalStateException(DRIVER + " is missing: apt-get install chromium-driver");
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Browser resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(Browser.class, key -> start(context), Browser.class);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
        if (browser != null) {
            try {
                browser.screenshot("failure");
            }
            catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
        throw failure;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
        if (browser != null) {
            browser.close();
        }
    }

    private static Browser start(ExtensionContext context) {
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
        Path profile = temporaryDirectory();
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
        ChromeDriver driver = new ChromeDriver(service, options(profile));
        Path screenshots = SCREENSHOTS.resolve(context.getRequiredTestClass().getSimpleName())
            .resolve(context.getRequiredTestMethod().getName());
        return new Browser(driver, "http://localhost:" + port, screenshots, () -> delete(profile));
    }

    /** Chinese first, as our users' browsers are: the app must pick the language from Accept-Language. */
    static ChromeOptions options(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--no-default-browser-check", "--user-data-dir=" + profile, "--window-size=1280,900",
                "--lang=zh-CN");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        options.setExperimentalOption("excludeSwitches", List.of("enable-automation"));
        return options;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("jingzhun-chromium-");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
        catch (IOException e) {
            // a profile left in the temp directory harms nothing
        }
    }

}
