package org.backoffice.infra.web;

import org.backoffice.infra.support.BrowserWalkthrough;
import org.backoffice.infra.support.Ibans;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.Camt;
import org.backoffice.infra.support.Camt.Tx;
import org.backoffice.infra.support.Ledger;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backoffice.infra.support.Ledger.leg;

/**
 * Money through the bank in a real browser (headless Chromium): a customer's open items and the
 * aging, a supplier payment run prepared by one accountant and approved by another user with
 * its SEPA file, a bank statement uploaded, its entries matched, the unmatched ones assigned by
 * hand, and the reconciliation agreeing.
 */
class BankBrowserTest extends BrowserWalkthrough {


    private static void signIn(String user) {
        browser.signIn(user, user + "-pw");
        assertThat(browser.path()).isEqualTo("/ui");
    }

    private String entry(String number, String date, String... legs) {
        Api.Response r = api.post("accounting", "/api/v1/journal-entries", "{\"documentNumber\": \"" + number
                + "\", \"bookingDate\": \"" + date + "\", \"text\": \"" + number + "\", \"legs\": [" + String.join(", ", legs) + "]}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.text("id");
    }

    private void refreshUntil(String id, String text) {
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return d.findElements(By.id(id)).stream().anyMatch(e -> e.getText().contains(text));
        });
    }

    @Test
    void anAccountantRunsAMonthOfMoneyThroughTheBank() throws Exception {
        Ledger ledger = new Ledger(api);
        String bankNumber = unique("12");
        String bank = ledger.openBank(bankNumber, "0");
        String bankIban = Ibans.fresh();
        assertThat(api.post("accounting", "/api/v1/accounts/" + bank + "/bank-details", "{\"iban\": \"" + bankIban
                + "\", \"bic\": \"INGDDEFFXXX\"}").status()).isEqualTo(200);
        Api.Response t = api.post("accounting", "/api/v1/accounts", "{\"number\": \"" + unique("1360")
                + "\", \"name\": \"Geldtransit\", \"type\": \"ASSET\", \"currency\": \"EUR\", \"group\": \"B.II.4\"}");
        String transitNumber = t.json().path("id").asText();
        String revenue = ledger.open(unique("8400"), "REVENUE", null);
        String fees = ledger.open(unique("4970"), "EXPENSE", null);
        String customerIban = Ibans.fresh();
        String customerName = "Kunde " + UUID.randomUUID().toString().substring(0, 6);
        Api.Response c = api.post("accounting", "/api/v1/partners", "{\"kind\": \"CUSTOMER\", \"name\": \"" + customerName
                + "\", \"paymentTermDays\": 14, \"bankDetails\": {\"iban\": \"" + customerIban + "\"}}");
        String customer = c.text("id");
        String supplierName = "Lieferant " + UUID.randomUUID().toString().substring(0, 6);
        Api.Response s = api.post("accounting", "/api/v1/partners", "{\"kind\": \"SUPPLIER\", \"name\": \"" + supplierName
                + "\", \"paymentTermDays\": 10, \"bankDetails\": {\"iban\": \"" + Ibans.fresh() + "\"}}");
        String re1 = unique("RE");
        String re2 = unique("RE");
        String re3 = unique("RE");
        entry(re1, "2026-11-02", leg("D", c.text("accountId"), "119.00"), leg("C", revenue, "119.00"));
        entry(re2, "2026-11-03", leg("D", c.text("accountId"), "238.00"), leg("C", revenue, "238.00"));
        entry(re3, "2026-11-04", leg("D", c.text("accountId"), "59.50"), leg("C", revenue, "59.50"));
        entry(unique("ER"), "2026-11-05", leg("D", fees, "40.00"), leg("C", s.text("accountId"), "40.00"));

        // The customer's open items and the receivables aging.
        signIn("accounting");
        browser.open("/ui/partners/" + customer + "?asOf=2026-11-30");
        refreshUntil("open-items", re3);
        assertThat(browser.byId("open-items").findElements(By.cssSelector("tr[data-status=OPEN]"))).hasSize(3);
        assertThat(browser.text("total-open")).isEqualTo("416.50 EUR");
        browser.screenshot("partner-open-items");
        browser.click("aging-link");
        browser.date("aging-asOf", java.time.LocalDate.of(2026, 11, 30));
        browser.click("aging-show");
        assertThat(browser.byId("aging").findElement(By.cssSelector("tr[data-partner='" + customer + "']")).getText())
                .contains(customerName).contains("416.50");
        browser.screenshot("aging");

        // A supplier payment run: prepared here, refused to its preparer, approved by a second user.
        browser.open("/ui/payment-runs");
        browser.choose("prepare-bankAccountId", bank);
        browser.choose("prepare-transitAccountId", transitNumber);
        browser.date("prepare-dueUntil", java.time.LocalDate.of(2026, 11, 30));
        browser.click("prepare-submit");
        assertThat(browser.text("notice")).contains("another user approves it");
        String runPath = browser.path();
        // The run's page shows itself once the read model has it (the page waits by itself).
        browser.waitUntil(d -> !d.findElements(By.id("approve-submit")).isEmpty());
        browser.screenshot("payment-run-prepared");
        browser.click("approve-submit");
        assertThat(browser.text("failure")).as("four eyes").contains("cannot approve it");
        browser.signOut();
        signIn("admin");
        browser.open(runPath);
        browser.click("approve-submit");
        assertThat(browser.text("notice")).contains("approved");
        refreshUntil("run-status", "READY");
        assertThat(browser.text("approved-by")).isEqualTo("admin");
        String file = (String) browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('run-file').href).then(r => r.text()).then(done);");
        assertThat(file).contains("urn:iso:std:iso:20022:tech:xsd:pain.001.001.09").contains(supplierName.replace("ü", "ue"));
        browser.screenshot("payment-run-ready");
        String endToEnd = browser.byId("run-payments").findElement(By.tagName("code")).getText();

        // The bank statement: three customer payments (one partly, one with a typo), our transfer, a fee.
        String stamp = UUID.randomUUID().toString().substring(0, 8);
        Path camt = Files.createTempFile("statement", ".xml");
        Files.writeString(camt, Camt.v08(bankIban).balances("0.00", "216.50")
                .entry("M1-" + stamp, "2026-11-20", "CRDT", "119.00", false, Tx.of(customerName, customerIban, "Rechnung " + re1))
                .entry("M2-" + stamp, "2026-11-21", "CRDT", "100.00", false, Tx.of(customerName, customerIban, re2 + " Teilzahlung"))
                .entry("M3-" + stamp, "2026-11-22", "CRDT", "59.50", false, Tx.of(customerName, Ibans.fresh(), "Rechnung " + re3 + "X"))
                .entry("M4-" + stamp, "2026-11-23", "DBIT", "40.00", false, new Tx(endToEnd, "40.00", supplierName, null, "ER", null, null))
                .entry("M5-" + stamp, "2026-11-30", "DBIT", "22.00", false).xml());
        browser.signOut();
        signIn("accounting");
        browser.open("/ui/bank-statements");
        browser.byId("upload-file").sendKeys(camt.toString());
        browser.click("upload-submit");
        assertThat(browser.text("notice")).isEqualTo("5 new entries imported.");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return !d.findElements(By.id("entries")).isEmpty() && d.findElements(By.id("waiting")).isEmpty();
        });
        assertThat(browser.byId("entries").findElements(By.cssSelector("tr[data-status=MATCHED]"))).hasSize(3);
        assertThat(browser.byId("entries").findElements(By.cssSelector("tr[data-status=UNMATCHED]"))).hasSize(2);
        assertThat(browser.text("agrees")).isEqualTo("differs");
        browser.screenshot("bank-statement-matched");

        browser.choose("assign-2-partnerId", customer);
        browser.type("assign-2-documentNumber", re3);
        browser.type("assign-2-settled", "59.50");
        browser.click("assign-2-submit");
        assertThat(browser.text("notice")).isEqualTo("Entry 2 booked.");
        browser.choose("assign-4-accountId", fees);
        browser.type("assign-4-text", "Kontoführung November");
        browser.click("assign-4-submit");
        assertThat(browser.text("notice")).isEqualTo("Entry 4 booked.");
        refreshUntil("agrees", "agrees");
        assertThat(browser.text("ledger-balance")).isEqualTo("216.50 EUR");
        browser.screenshot("bank-statement-reconciled");

        browser.open("/ui/partners/" + customer + "?asOf=2026-11-30");
        refreshUntil("total-open", "138.00 EUR");

        browser.signOut();
        signIn("reporting");
        browser.open("/ui/bank-statements");
        assertThat(browser.present("upload")).as("reporting reads, imports nothing").isFalse();
        browser.click("reconcile-" + bankNumber);
        assertThat(browser.text("agrees")).isEqualTo("The books agree with the bank.");
        browser.screenshot("bank-reconciliation");
    }
}
