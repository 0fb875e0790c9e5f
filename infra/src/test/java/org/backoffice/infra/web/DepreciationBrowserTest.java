package org.backoffice.infra.web;

import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.Browser;
import org.backoffice.infra.support.MutableClock;
import org.backoffice.infra.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A month's depreciation in Chromium, on an application of its own with a clock it moves (the
 * register is the whole company's): a laptop bought in March is on the fixed-assets page at its
 * cost; once March has ended its depreciation is posted by itself, and accounting follows the
 * month to its journal entry.
 */
class DepreciationBrowserTest {

    private static ConfigurableApplicationContext app;
    private static Browser browser;
    private static Api api;
    private static final MutableClock CLOCK = new MutableClock(LocalDate.of(2026, 3, 10));

    @RegisterExtension
    final TestWatcher keepFailedPage = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                browser.screenshot("FAILED-depreciation-" + context.getRequiredTestMethod().getName());
                browser.savePage("FAILED-depreciation-" + context.getRequiredTestMethod().getName());
            }
        }
    };

    @BeforeAll
    static void start() {
        app = TestDatabase.startApplication(TestDatabase.freshDatabase("backoffice_depreciation_ui"), CLOCK,
                "--backoffice.schedules.check-interval=300ms");
        api = TestDatabase.api(app);
        browser = new Browser(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.close();
        }
    }

    private static String id(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isIn(201, 202);
        return r.text("id");
    }

    private static String account(String number, String type) {
        return id(api.post("accounting", "/api/v1/accounts", "{\"number\": \"" + number + "\", \"name\": \"" + number + "\", \"type\": \""
                + type + "\", \"currency\": \"EUR\"}"));
    }

    @Test
    void aMonthsDepreciationIsPostedByItselfAndAccountingFollowsItToTheLedger() {
        String fixed = account("0490", "ASSET");
        String low = account("4855", "EXPENSE");
        String depreciation = account("4830", "EXPENSE");
        String vat = account("1576", "ASSET");
        assertThat(api.post("accounting", "/api/v1/tax-codes", "{\"code\": \"VSt19\", \"name\": \"Vorsteuer 19 %\", \"kind\": \"INPUT\", "
                + "\"validFrom\": \"2020-01-01\", \"rate\": \"19\", \"taxAccountId\": \"" + vat + "\"}").status()).isEqualTo(201);
        String supplier = id(api.post("accounting", "/api/v1/partners", "{\"kind\": \"SUPPLIER\", \"name\": \"Bechtle\"}"));
        assertThat(api.post("accounting", "/api/v1/purchasing-accounts", "{\"fixedAssetAccountId\": \"" + fixed + "\", \"lowValueAccountId\": \""
                + low + "\", \"depreciationAccountId\": \"" + depreciation + "\", \"disposalAccountId\": \"" + low + "\"}").status()).isEqualTo(200);
        String model = id(api.post("it", "/api/v1/catalogue-models", "{\"type\": \"LAPTOP\", \"name\": \"ThinkPad\", \"supplierId\": \""
                + supplier + "\", \"unitPrice\": {\"amount\": \"1200.00\", \"currency\": \"EUR\"}}"));
        String order = id(api.post("it", "/api/v1/purchase-orders", "{\"lines\": [{\"modelId\": \"" + model + "\", \"quantity\": 1}]}"));
        id(api.post("it", "/api/v1/purchase-orders/" + order + "/receipts", "{\"invoiceNumber\": \"RE-1\", \"invoiceDate\": \"2026-03-10\", "
                + "\"items\": [{\"modelId\": \"" + model + "\", \"serialNumbers\": [\"UI-DEP-1\"]}]}"));
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("accounting", "/api/v1/fixed-assets").json().path("page").path("total").asInt() == 1);

        browser.signIn("accounting", "accounting-pw");
        browser.open("/ui/fixed-assets");
        assertThat(browser.driver().findElement(By.cssSelector("#fixed-assets .book-value")).getText()).isEqualTo("1200.00");
        assertThat(browser.present("run-2026-03")).as("March has not ended").isFalse();

        CLOCK.set(LocalDate.of(2026, 4, 1));
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return !d.findElements(By.id("run-2026-03")).isEmpty();
        });
        assertThat(browser.driver().findElement(By.cssSelector("#fixed-assets .book-value")).getText()).isEqualTo("1166.67");
        assertThat(browser.text("total-book-value")).isEqualTo("1166.67 EUR");
        browser.screenshot("fixed-assets");
        browser.click("run-2026-03");
        assertThat(browser.text("transaction-document")).startsWith("AFA-2026");
        assertThat(browser.byId("transaction-legs").getText()).contains("4830").contains("0490").contains("33.33");
        browser.screenshot("depreciation-entry");
    }
}
