package org.jingzhun.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a journey does with the browser, in a person's terms: open a page, type, click and wait for the next page,
 * read what is shown, take a numbered screenshot. {@link #driver()} gives the full Selenium API when needed.
 */
public final class Browser implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(15);

    private final WebDriver driver;

    private final String baseUrl;

    private final Path screenshots;

    private final Runnable cleanup;

    private int step;

    Browser(WebDriver driver, String baseUrl, Path screenshots, Runnable cleanup) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.screenshots = screenshots;
        this.cleanup = cleanup;
    }

    public WebDriver driver() {
        return driver;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        waitForPage();
        return this;
    }

    /** The path of the page shown now, without the query. */
    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public String title() {
        return driver.getTitle();
    }

    /** The page's language as the app declared it ({@code <html lang>}). */
    public String language() {
        return find("html").getDomAttribute("lang");
    }

    public WebElement find(String css) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Clicks something that loads another page (a link, a submit button) and waits until that page is there. */
    public Browser clickAndWait(String css) {
        WebElement page = driver.findElement(By.tagName("html"));
        find(css).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(page));
        waitForPage();
        return this;
    }

    public Browser login(String user, String password) {
        if (!path().equals("/login")) {
            open("/login");
        }
        type("#username", user);
        type("#password", password);
        return clickAndWait("form[action$='/login'] button[type=submit]");
    }

    public Browser logout() {
        return clickAndWait("form.logout button[type=submit]");
    }

    /** A phone's screen (360 px wide), as many village cadres use; {@link #desktop()} goes back. */
    public Browser phone() {
        driver.manage().window().setSize(new Dimension(360, 780));
        return this;
    }

    public Browser desktop() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        return this;
    }

    /** Saves the page as {@code NN-step.png} under this test's screenshot directory and returns the file. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Path file = screenshots.resolve(String.format("%02d-%s.png", ++step, name));
            Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.move(taken, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void waitForPage() {
        new WebDriverWait(driver, WAIT).until(d -> "complete"
            .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        }
        finally {
            cleanup.run();
        }
    }

}
