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
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Closing the books in Chromium, on an application of its own (the periods are the whole
 * ledger's): an accountant opens a fiscal year, closes its first month, sees the seal and
 * verifies it, is refused an entry dated in the closed month on the journal page, downloads the
 * DATEV and tax-audit files; an administrator reopens the month with a reason.
 */
class ClosingBrowserTest {

    private static ConfigurableApplicationContext app;
    private static Browser browser;
    private static Api api;

    @RegisterExtension
    final TestWatcher keepFailedPage = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                browser.screenshot("FAILED-closing-" + context.getRequiredTestMethod().getName());
                browser.savePage("FAILED-closing-" + context.getRequiredTestMethod().getName());
            }
        }
    };

    @BeforeAll
    static void start() {
        app = TestDatabase.startApplication(TestDatabase.freshDatabase("backoffice_closing_ui"));
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

    private static String download(String linkId) {
        Object type = browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.getElementById(arguments[0]).href, {credentials: 'same-origin'})
                    .then(r => done(r.status === 200 ? r.headers.get('content-type') : 'HTTP ' + r.status));
                """, linkId);
        return String.valueOf(type);
    }

    @Test
    void anAccountantClosesAMonthAndIsRefusedAnEntryIntoItAndAnAdministratorReopensIt() {
        assertThat(api.post("accounting", "/api/v1/chart-of-accounts", "{\"template\": \"SKR03\"}").status()).isEqualTo(201);
        JsonNode chart = await().atMost(Duration.ofSeconds(10)).until(() -> api.get("reporting", "/api/v1/chart-of-accounts").json(),
                c -> "SKR03".equals(c.path("template").asText()));
        Map<String, String> ids = new HashMap<>();
        chart.path("groups").forEach(g -> g.path("accounts").forEach(a -> ids.put(a.path("number").asText(), a.path("id").asText())));
        Api.Response invoice = api.post("accounting", "/api/v1/journal-entries", "{\"documentSeries\": \"AR\", \"bookingDate\": "
                + "\"2025-01-10\", \"text\": \"AR 1\", \"legs\": [{\"accountId\": \"" + ids.get("1400") + "\", \"side\": \"DEBIT\", "
                + "\"amount\": {\"amount\": \"1190.00\", \"currency\": \"EUR\"}}, {\"accountId\": \"" + ids.get("8400")
                + "\", \"side\": \"CREDIT\", \"amount\": {\"amount\": \"1000.00\", \"currency\": \"EUR\"}, \"taxCode\": \"USt19\"}]}");
        assertThat(invoice.status()).as(invoice.toString()).isEqualTo(201);

        browser.signIn("accounting", "accounting-pw");
        browser.open("/ui/fiscal-years");
        browser.type("open-year-year", "2025");
        browser.click("open-year-submit");
        assertThat(browser.text("notice")).isEqualTo("Fiscal year opened.");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return !d.findElements(By.id("close-2025-1")).isEmpty();
        });
        // Periods close in order: only January offers to be closed.
        assertThat(browser.present("close-2025-2")).isFalse();
        browser.click("close-2025-1");
        assertThat(browser.text("notice")).startsWith("Period closed");
        assertThat(browser.path()).isEqualTo("/ui/fiscal-years/2025/periods/1");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return !d.findElements(By.id("seal")).isEmpty();
        });
        assertThat(browser.text("period-status")).isEqualTo("CLOSED");
        assertThat(browser.text("seal-entries")).isEqualTo("1 entries");
        browser.click("verify");
        assertThat(browser.text("verification-status")).isEqualTo("REPRODUCED");
        browser.screenshot("fiscal-period");

        // The journal refuses an entry dated in the closed month and keeps what was typed.
        browser.open("/ui/journal");
        browser.type("journal-documentSeries", "B");
        browser.date("journal-bookingDate", LocalDate.of(2025, 1, 31));
        browser.type("journal-text", "Nachtrag Januar");
        browser.choose("journal-legs-0-accountId", ids.get("1200"));
        browser.choose("journal-legs-0-side", "DEBIT");
        browser.type("journal-legs-0-amount", "10.00");
        browser.choose("journal-legs-1-accountId", ids.get("0800"));
        browser.choose("journal-legs-1-side", "CREDIT");
        browser.type("journal-legs-1-amount", "10.00");
        browser.click("journal-submit");
        assertThat(browser.text("failure")).contains("period 2025/01").contains("closed since");
        assertThat(browser.text("journal-bookingDate-error")).contains("closed since");
        assertThat(browser.byId("journal-text").getAttribute("value")).isEqualTo("Nachtrag Januar");
        browser.screenshot("closed-period-refused");

        // The files for the tax adviser and the tax auditor.
        browser.open("/ui/fiscal-years");
        assertThat(browser.driver().findElement(By.cssSelector("#periods-2025 tr[data-period='1']")).getAttribute("data-status"))
                .isEqualTo("CLOSED");
        assertThat(download("datev-2025-1")).isEqualTo("text/csv;charset=windows-1252");
        assertThat(download("datev-accounts")).isEqualTo("text/csv;charset=windows-1252");
        assertThat(download("gobd-2025")).isEqualTo("application/zip");
        browser.screenshot("fiscal-years");

        // An accountant may not reopen; an administrator reopens with a reason, recorded in the history.
        assertThat(browser.present("reopen")).isFalse();
        browser.open("/ui/fiscal-years/2025/periods/1");
        assertThat(browser.present("reopen")).isFalse();
        browser.driver().manage().deleteAllCookies();
        browser.signIn("admin", "admin-pw");
        browser.open("/ui/fiscal-years/2025/periods/1");
        browser.click("reopen-submit");
        assertThat(browser.text("reopen-reason-error")).isEqualTo("is required");
        browser.type("reopen-reason", "Lieferantenrechnung nachgereicht");
        browser.click("reopen-submit");
        assertThat(browser.text("notice")).isEqualTo("Period reopened.");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return d.findElement(By.id("period-status")).getText().equals("OPEN");
        });
        assertThat(browser.driver().findElement(By.cssSelector("#period-history tr[data-action='REOPENED']")).getText())
                .contains("admin").contains("Lieferantenrechnung nachgereicht");
    }
}
