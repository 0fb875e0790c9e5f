package org.backoffice.infra.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * A walkthrough of the web pages in a real browser (headless Chromium) against the shared
 * application: one browser per test class, started with its first test, with no cookies left
 * from the test before; a failed test leaves the page it failed on (a screenshot and its HTML,
 * named FAILED-class-method, under target/screenshots).
 */
public abstract class BrowserWalkthrough extends ApiTest {

    protected static Browser browser;

    @RegisterExtension
    final TestWatcher keepFailedPage = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName();
                browser.screenshot(name);
                browser.savePage(name);
            }
        }
    };

    @BeforeEach
    void startBrowser() {
        if (browser == null) {
            browser = new Browser(port);
        }
        browser.driver().manage().deleteAllCookies();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
