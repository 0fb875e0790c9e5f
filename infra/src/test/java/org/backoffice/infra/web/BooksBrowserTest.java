package org.backoffice.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.Browser;
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
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The books in Chromium, on an application of its own with an empty ledger: an accountant sets
 * the ledger up from SKR03, books an invoice with VAT on the journal page (lines added and
 * removed, the running difference and the tax line previewed), sees the entry with its legs, and
 * reads the VAT return and the statements with their downloads.
 */
class BooksBrowserTest {

    private static ConfigurableApplicationContext app;
    private static Browser browser;
    private static Api api;

    @RegisterExtension
    final TestWatcher keepFailedPage = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                browser.screenshot("FAILED-books-" + context.getRequiredTestMethod().getName());
                browser.savePage("FAILED-books-" + context.getRequiredTestMethod().getName());
            }
        }
    };

    @BeforeAll
    static void start() {
        app = TestDatabase.startApplication(TestDatabase.freshDatabase("backoffice_books_ui"));
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

    private static Map<String, String> accountIds() {
        Map<String, String> ids = new HashMap<>();
        api.get("reporting", "/api/v1/chart-of-accounts").json().path("groups")
                .forEach(g -> g.path("accounts").forEach(a -> ids.put(a.path("number").asText(), a.path("id").asText())));
        return ids;
    }

    private static int legRows() {
        return browser.driver().findElements(By.cssSelector("#legs tr.leg")).size();
    }

    @Test
    void anAccountantSetsUpTheLedgerBooksAnInvoiceAndReadsTheVatReturnAndTheStatements() {
        browser.signIn("accounting", "accounting-pw");

        // The chart: empty, then set up from SKR03 in one step.
        browser.open("/ui/chart");
        assertThat(browser.present("chart-set-up")).isFalse();
        browser.choose("chart-template", "SKR03");
        browser.click("apply-chart-submit");
        assertThat(browser.text("notice")).isEqualTo("Chart of accounts set up.");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return !d.findElements(By.cssSelector("tr.chart-account[data-number='1200']")).isEmpty();
        });
        assertThat(browser.text("chart-set-up")).contains("SKR03");
        assertThat(browser.driver().findElement(By.cssSelector("#tax-codes tr[data-code='USt19']")).getText())
                .contains("OUTPUT").contains("81").contains("19.00 %");
        browser.screenshot("chart");

        // The journal: an invoice of 1,000.00 net at 19 %.
        Map<String, String> ids = accountIds();
        browser.open("/ui/journal");
        assertThat(legRows()).isEqualTo(4);
        browser.click("add-leg");
        assertThat(legRows()).isEqualTo(5);
        browser.driver().findElements(By.cssSelector("#legs tr.leg .remove-leg")).get(4).click();
        assertThat(legRows()).isEqualTo(4);
        browser.type("journal-documentSeries", "AR");
        browser.type("journal-text", "Rechnung ACME");
        browser.choose("journal-legs-0-accountId", ids.get("1400"));
        browser.choose("journal-legs-0-side", "DEBIT");
        browser.type("journal-legs-0-amount", "1190.00");
        browser.choose("journal-legs-1-accountId", ids.get("8400"));
        browser.choose("journal-legs-1-side", "CREDIT");
        browser.type("journal-legs-1-amount", "1000.00");
        assertThat(browser.text("difference")).isEqualTo("190.00");
        browser.choose("journal-legs-1-taxCode", "USt19");
        assertThat(browser.driver().findElements(By.cssSelector("#legs tr.leg .tax-preview")).get(1).getText())
                .isEqualTo("Credit 190.00 on 1776");
        assertThat(browser.text("difference")).isEqualTo("0.00");
        assertThat(browser.text("total-credits")).isEqualTo("1190.00");
        browser.screenshot("journal");

        // First a mistake: one cent off is refused, what was typed is kept.
        browser.type("journal-legs-0-amount", "1190.01");
        browser.click("journal-submit");
        assertThat(browser.text("failure")).contains("does not balance");
        assertThat(browser.text("journal-legs-error")).contains("does not balance");
        assertThat(browser.byId("journal-legs-0-amount").getAttribute("value")).isEqualTo("1190.01");
        browser.type("journal-legs-0-amount", "1190.00");
        browser.click("journal-submit");
        assertThat(browser.text("notice")).isEqualTo("Entry booked.");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return !d.findElements(By.id("transaction-document")).isEmpty();
        });
        assertThat(browser.text("transaction-document")).isEqualTo("AR-" + LocalDate.now().getYear() + "-00001");
        assertThat(browser.driver().findElements(By.cssSelector("#transaction-legs tr"))).hasSize(4);
        assertThat(browser.text("transaction-legs")).contains("1776").contains("190.00 EUR").contains("OUTPUT_TAX");
        browser.screenshot("journal-entry");

        // The VAT return of this month.
        String month = YearMonth.now().toString();
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("reporting", "/api/v1/reports/vat-return?period=" + month)
                .json().path("payable").path("amount").asText(), "190.00"::equals);
        browser.open("/ui/vat-return?period=" + month);
        assertThat(browser.driver().findElement(By.cssSelector("#vat-return tr[data-box='81'] .base")).getText()).isEqualTo("1000.00");
        assertThat(browser.driver().findElement(By.cssSelector("#vat-return tr[data-box='81'] .tax")).getText()).isEqualTo("190.00");
        assertThat(browser.text("vat-payable")).isEqualTo("190.00");
        assertThat(download("vat-csv")).isEqualTo("text/csv;charset=UTF-8");
        browser.screenshot("vat-return");

        // The statements: balanced, the result in the balance sheet, downloads.
        browser.open("/ui/statements");
        assertThat(browser.text("balance-sheet-balanced")).isEqualTo("balanced");
        assertThat(browser.text("total-assets")).isEqualTo("1190.00");
        assertThat(browser.text("result")).isEqualTo("1000.00");
        assertThat(browser.driver().findElement(By.cssSelector("#balance-sheet tr[data-position='P.A.V']")).getText()).contains("1000.00");
        assertThat(browser.text("trial-balance-balanced")).isEqualTo("balanced");
        assertThat(download("balance-sheet-pdf")).isEqualTo("application/pdf");
        assertThat(download("profit-and-loss-csv")).isEqualTo("text/csv;charset=UTF-8");
        assertThat(download("trial-balance-csv")).isEqualTo("text/csv;charset=UTF-8");
        browser.screenshot("statements");
    }

    /** Fetches a download link in the signed-in browser and answers its content type. */
    private static String download(String linkId) {
        Object type = browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.getElementById(arguments[0]).href, {credentials: 'same-origin'})
                    .then(r => done(r.status === 200 ? r.headers.get('content-type') : 'HTTP ' + r.status));
                """, linkId);
        return String.valueOf(type);
    }

    @Test
    void aReportingUserReadsTheBooksButBooksNothing() {
        browser.driver().manage().deleteAllCookies();
        browser.signIn("reporting", "reporting-pw");
        assertThat(browser.present("nav-journal")).isFalse();
        assertThat(browser.present("nav-statements")).isTrue();
        browser.open("/ui/journal");
        assertThat(browser.text("forbidden")).contains("may not do this");
        browser.open("/ui/chart");
        assertThat(browser.present("apply-chart")).isFalse();
        browser.driver().manage().deleteAllCookies();
    }
}
