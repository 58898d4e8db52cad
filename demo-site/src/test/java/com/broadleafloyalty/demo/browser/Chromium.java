package com.broadleafloyalty.demo.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driven by Selenium. Each step is
 * checked as a shopper would notice it: the page's HTTP status (read from the browser's own navigation timing) is
 * below 500, the console holds no error, the page shows no stack trace; and each step is saved as a screenshot under
 * {@code target/browser/}.
 *
 * <p>Without Chromium the browser tests cannot run: they say so in a banner and are aborted (the rest of the suite
 * runs), unless {@code LOYALTY_BROWSER_REQUIRED=true} (set by {@code .ci/run} once it installed Chromium), where a
 * missing browser fails the run.
 */
final class Chromium implements AutoCloseable {

    private static final String[] BROWSERS = {"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"};
    private static final String[] DRIVERS = {"/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"};

    private final WebDriver driver;
    private final Path screenshots;
    private int step;

    private Chromium(WebDriver driver, Path screenshots) {
        this.driver = driver;
        this.screenshots = screenshots;
    }

    /** Starts a fresh browser (its own profile: no cookies) that saves its screenshots under target/browser/{name}. */
    static Chromium start(String name, int width, int height) throws IOException {
        String browser = firstExisting("CHROME_BIN", BROWSERS);
        String driverPath = firstExisting("CHROMEDRIVER", DRIVERS);
        if (browser == null || driverPath == null) {
            String banner = "\n**************************************************************************\n"
                    + "* Chromium or chromedriver not found: the browser tests do NOT run.     *\n"
                    + "* Install Debian's chromium and chromium-driver (.ci/run does).        *\n"
                    + "**************************************************************************";
            System.err.println(banner);
            if ("true".equals(System.getenv("LOYALTY_BROWSER_REQUIRED"))) {
                throw new AssertionError("LOYALTY_BROWSER_REQUIRED=true but no Chromium/chromedriver was found");
            }
            Assumptions.abort("no Chromium here");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height, "--lang=en-US", "--no-first-run",
                "--disable-extensions", "--disable-background-networking");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driverPath)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90));
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        Path dir = Paths.get("target", "browser", name);
        Files.createDirectories(dir);
        return new Chromium(driver, dir);
    }

    private static String firstExisting(String env, String[] candidates) {
        String configured = System.getenv(env);
        if (configured != null && new File(configured).canExecute()) {
            return configured;
        }
        for (String candidate : candidates) {
            if (new File(candidate).canExecute()) {
                return candidate;
            }
        }
        return null;
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Types {@code text} into the field matched by {@code css}, replacing what it held. */
    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks and waits until the page the click led to has loaded. */
    void clickAndWait(WebElement element) {
        Object before = ((JavascriptExecutor) driver).executeScript("return window.performance.timeOrigin;");
        element.click();
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                Object now = ((JavascriptExecutor) driver).executeScript(
                        "return document.readyState === 'complete' ? window.performance.timeOrigin : null;");
                if (now != null && !now.equals(before)) {
                    return;
                }
            } catch (org.openqa.selenium.WebDriverException navigating) {
                // the old page went away between two checks: look again
            }
            sleep(100);
        }
        throw new AssertionError("The page did not change after the click on " + driver.getCurrentUrl());
    }

    void clickAndWait(String css) {
        clickAndWait(find(css));
    }

    /**
     * Checks the page as it is now and saves a screenshot named after the step: HTTP status below 500, no console
     * error, no stack trace or error page text.
     */
    void step(String name) throws IOException {
        step++;
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = screenshots.resolve(String.format("%02d-%s.png", step, name));
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        Number status = (Number) ((JavascriptExecutor) driver).executeScript(
                "var n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : 0;");
        if (status != null && status.intValue() >= 500) {
            throw new AssertionError("Step " + name + ": HTTP " + status + " at " + driver.getCurrentUrl()
                    + " (screenshot " + target + ")");
        }
        String source = driver.getPageSource();
        for (String trace : new String[] {"Exception", "at org.", "at com.", "HTTP ERROR"}) {
            if (source.contains(trace)) {
                throw new AssertionError("Step " + name + ": the page shows \"" + trace + "\" at "
                        + driver.getCurrentUrl() + " (screenshot " + target + ")");
            }
        }
        List<String> errors = consoleErrors();
        if (!errors.isEmpty()) {
            throw new AssertionError("Step " + name + ": console errors at " + driver.getCurrentUrl() + ": " + errors
                    + " (screenshot " + target + ")");
        }
    }

    /** The browser console's errors since the last call. */
    List<String> consoleErrors() {
        List<String> errors = new ArrayList<String>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    Path screenshots() {
        return screenshots;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
