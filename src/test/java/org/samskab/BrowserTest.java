package org.samskab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * End-to-end tests in Debian's headless Chromium, driven through /usr/bin/chromedriver against the portal on a
 * random port and a fresh MariaDB database. Nothing is downloaded: no Selenium Manager, no bundled browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestDatabase.class, CheapPasswordHashing.class})
public abstract class BrowserTest {

    protected static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = System.getProperty("samskab.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("samskab.chromedriver", "/usr/bin/chromedriver");

    @LocalServerPort
    protected int port;
    @Autowired
    protected Fixtures fixtures;

    private final List<WebDriver> browsers = new ArrayList<>();

    /** A new, separate browser (its own profile, cookies and session), closed after the test. */
    protected WebDriver newBrowser(int width, int height) {
        WebDriver driver = openChromium(width, height);
        browsers.add(driver);
        return driver;
    }

    /** Starts Debian's Chromium, headless, with a fresh profile. The caller quits it. */
    public static WebDriver openChromium(int width, int height) {
        return openChromium(width, height, PageLoadStrategy.NORMAL);
    }

    /**
     * As {@link #openChromium(int, int)}, with {@code driver.get} returning when {@code strategy} says (EAGER: at
     * DOMContentLoaded, before the board's notes arrive over push; the benchmark's browser first render).
     */
    public static WebDriver openChromium(int width, int height, PageLoadStrategy strategy) {
        try {
            Path profile = Files.createTempDirectory("samskab-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.setPageLoadStrategy(strategy);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--lang=en-GB",
                    "--window-size=" + width + "," + height);
            // The console, read when the test ends: a resource the content security policy refused fails it.
            org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
            logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(width, height));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    public static WebDriverWait waitFor(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    protected void signIn(WebDriver driver, String email, String password) {
        signIn(driver, url(""), email, password);
    }

    /** Signs in on the portal at {@code baseUrl} (ending with a slash). */
    public static void signIn(WebDriver driver, String baseUrl, String email, String password) {
        signIn(driver, baseUrl, email, password, true);
    }

    /** Signs in on the sign-in page, opening it first or (openPage false) on the one already open. */
    public static void signIn(WebDriver driver, String baseUrl, String email, String password, boolean openPage) {
        if (openPage) {
            driver.get(baseUrl + "login");
        }
        waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")));
        driver.findElement(By.cssSelector("input[name='username']")).sendKeys(email);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        // The sign-in is a form post: a navigation started before its answer would cancel it (and the remembered
        // sign-in token it writes), leaving the next page on the sign-in form.
        waitFor(driver).until(d -> !java.net.URI.create(d.getCurrentUrl()).getPath().endsWith("/login"));
    }

    /** The page's visible text. (Element#getText on body fails in chromedriver 156 for Vaadin pages.) */
    public static String pageText(WebDriver driver) {
        Object text = ((JavascriptExecutor) driver).executeScript("return document.body.innerText");
        return text == null ? "" : text.toString();
    }

    /** Waits until the page's visible text contains the given text. */
    public static void waitForText(WebDriver driver, String text) {
        waitFor(driver).until(d -> pageText(d).contains(text));
    }

    /** Clicks the element once it is there and clickable, retrying when a live update replaced it meanwhile. */
    public static void click(WebDriver driver, By by) {
        waitFor(driver).until(d -> {
            try {
                var element = d.findElement(by);
                if (!element.isDisplayed() || !element.isEnabled()) {
                    return false;
                }
                // Vaadin's layout scrolls an inner container; chromedriver's own scrolling can leave the element
                // under the viewport's edge on a phone-sized window.
                ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
                element.click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException
                    | org.openqa.selenium.NoSuchElementException
                    | org.openqa.selenium.ElementNotInteractableException e) {
                return false;
            }
        });
    }

    /** Saves a PNG under target/screenshots/ and returns its path. */
    public static Path screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void closeBrowsers() {
        List<String> refused = new ArrayList<>();
        try {
            browsers.forEach(browser -> refused.addAll(refusedByPolicy(browser)));
        } finally {
            browsers.forEach(WebDriver::quit);
            browsers.clear();
        }
        org.assertj.core.api.Assertions.assertThat(refused).as("refused by the content security policy (ADR 0202)")
                .isEmpty();
    }

    /** The console's messages of the content security policy refusing something, since they were last read. */
    public static List<String> refusedByPolicy(WebDriver browser) {
        try {
            return browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                    .map(org.openqa.selenium.logging.LogEntry::getMessage)
                    .filter(message -> message.contains("Content Security Policy")).toList();
        } catch (org.openqa.selenium.WebDriverException closed) {
            return List.of(); // the test closed it itself
        }
    }
}
