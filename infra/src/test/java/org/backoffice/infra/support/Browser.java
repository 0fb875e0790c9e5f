package org.backoffice.infra.support;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Headless Chromium from Debian's packages (chromium and chromium-driver; .ci/run installs them),
 * driven through its chromedriver: no browser is downloaded at test time. Screenshots go to
 * target/screenshots.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = System.getProperty("backoffice.test.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("backoffice.test.chromedriver", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final String base;
    private final Path profile;

    public Browser(int port) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install chromium chromium-driver (.ci/run does)");
        }
        try {
            profile = Files.createTempDirectory("backoffice-chromium");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // Without the background-networking switches Chromium keeps trying hosts this machine
        // cannot reach; no sandbox because CI runs as root.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1100", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        base = "http://localhost:" + port;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public void signIn(String user, String password) {
        open("/login");
        type("username", user);
        type("password", password);
        click("sign-in");
    }

    public void signOut() {
        click("sign-out");
    }

    public WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    public boolean present(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public String text(String id) {
        return byId(id).getText();
    }

    public void type(String id, String value) {
        WebElement field = byId(id);
        field.clear();
        field.sendKeys(value);
    }

    /** A date input takes the date in the browser's own format; set it the way a date picker does. */
    public void date(String id, java.time.LocalDate value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", byId(id), value.toString());
    }

    public void choose(String id, String visibleTextOrValue) {
        Select select = new Select(byId(id));
        try {
            select.selectByValue(visibleTextOrValue);
        } catch (org.openqa.selenium.NoSuchElementException e) {
            select.selectByVisibleText(visibleTextOrValue);
        }
    }

    /** Clicks; a submit button's click returns once the next page has replaced this one. */
    public void click(String id) {
        WebElement element = byId(id);
        boolean submits = "submit".equals(element.getAttribute("type"));
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        if (submits) {
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
                try {
                    page.isEnabled();
                    return false; // still the page the button was on
                } catch (org.openqa.selenium.WebDriverException gone) {
                    // Stale, or (Chromium, mid-navigation) "node does not belong to the document": replaced.
                    return true;
                }
            });
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(
                    d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        }
    }

    /** A script that answers by calling its last argument (a fetch, a timer). */
    public Object asyncScript(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Waits until the condition holds (pages that refresh themselves with htmx). */
    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        // htmx replaces the element being read now and then: read it again.
        new WebDriverWait(driver, Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(100))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    public Path screenshot(String name) {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** The current page's URL and HTML, beside the screenshots. */
    public void savePage(String name) {
        try {
            Files.writeString(SCREENSHOTS.resolve(name + ".html"),
                    "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        TestDatabase.deleteRecursively(profile);
    }
}
