package org.backoffice.infra.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An accountant's first month on an empty ledger (an application of its own on a fresh
 * database): set up from SKR03 in one step, book invoices with VAT, a supplier bill, a reverse
 * charge service, an intra-EU supply, payments and salaries; then the VAT return, the balance
 * sheet and the profit and loss account agree with each other and with the trial balance.
 */
class GermanBooksTest {

    private static ConfigurableApplicationContext app;
    private static Api api;
    private static final Map<String, String> accounts = new HashMap<>();

    @BeforeAll
    static void start() {
        app = TestDatabase.startApplication(TestDatabase.freshDatabase("backoffice_books"));
        api = TestDatabase.api(app);
        Api.Response chart = api.post("accounting", "/api/v1/chart-of-accounts", "{\"template\": \"SKR03\"}");
        assertThat(chart.status()).as(chart.toString()).isEqualTo(201);
        assertThat(chart.json().path("accounts").asInt()).isGreaterThanOrEqualTo(50);
        assertThat(chart.json().path("taxCodes").asInt()).isEqualTo(7);
        JsonNode view = await().atMost(Duration.ofSeconds(10)).until(() -> api.get("reporting", "/api/v1/chart-of-accounts").json(),
                v -> "SKR03".equals(v.path("template").asText()) && count(v) >= 50);
        view.path("groups").forEach(g -> g.path("accounts").forEach(a -> accounts.put(a.path("number").asText(), a.path("id").asText())));
        view.path("ungrouped").forEach(a -> accounts.put(a.path("number").asText(), a.path("id").asText()));

        book("2026-11-02", "Einlage", leg("1200", "DEBIT", "25000.00", null), leg("0800", "CREDIT", "25000.00", null));
        book("2026-11-03", "AR 1 ACME", leg("1400", "DEBIT", "1190.00", null), leg("8400", "CREDIT", "1000.00", "USt19"));
        book("2026-11-04", "AR 2 Buchhandel", leg("1400", "DEBIT", "107.00", null), leg("8300", "CREDIT", "100.00", "USt7"));
        book("2026-11-05", "ER 1 Papier", leg("4930", "DEBIT", "200.00", "VSt19"), leg("1600", "CREDIT", "238.00", null));
        book("2026-11-06", "ER 2 Wartung (IE)", leg("4806", "DEBIT", "500.00", "RC19"), leg("1600", "CREDIT", "500.00", null));
        book("2026-11-07", "AR 3 Lieferung FR", leg("1400", "DEBIT", "2000.00", null), leg("8125", "CREDIT", "2000.00", "IGL"));
        book("2026-11-20", "Zahlung ACME", leg("1200", "DEBIT", "1190.00", null), leg("1400", "CREDIT", "1190.00", null));
        book("2026-11-21", "Zahlung Papier", leg("1600", "DEBIT", "238.00", null), leg("1200", "CREDIT", "238.00", null));
        book("2026-11-30", "Gehälter November", leg("4100", "DEBIT", "3000.00", null), leg("1200", "CREDIT", "3000.00", null));
        // Booked in December: outside the November return and the November statements.
        book("2026-12-01", "AR 4", leg("1400", "DEBIT", "119.00", null), leg("8400", "CREDIT", "100.00", "USt19"));
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("reporting",
                "/api/v1/reports/trial-balance?from=2026-11-01&to=2026-12-31").json().path("byCurrency").path("EUR")
                .path("totalDebits").path("amount").asText(), "33677.00"::equals);
    }

    private static int count(JsonNode chart) {
        int[] n = {0};
        chart.path("groups").forEach(g -> n[0] += g.path("accounts").size());
        return n[0] + chart.path("ungrouped").size();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    private static String leg(String number, String side, String amount, String taxCode) {
        return "{\"accountId\": \"" + accounts.get(number) + "\", \"side\": \"" + side + "\", \"amount\": {\"amount\": \""
                + amount + "\", \"currency\": \"EUR\"}" + (taxCode == null ? "" : ", \"taxCode\": \"" + taxCode + "\"") + "}";
    }

    private static void book(String day, String text, String... legs) {
        Api.Response r = api.post("accounting", "/api/v1/journal-entries", "{\"documentSeries\": \"B\", \"bookingDate\": \""
                + day + "\", \"text\": \"" + text + "\", \"legs\": [" + String.join(", ", legs) + "]}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    private static BigDecimal amount(JsonNode money) {
        return new BigDecimal(money.path("amount").asText());
    }

    private static Map<String, JsonNode> byBox(JsonNode vat) {
        Map<String, JsonNode> boxes = new HashMap<>();
        vat.path("lines").forEach(l -> boxes.put(l.path("box").asText(), l));
        return boxes;
    }

    private static JsonNode trialRow(JsonNode trial, String number) {
        for (JsonNode a : trial.path("accounts")) {
            if (a.path("number").asText().equals(number)) {
                return a;
            }
        }
        throw new AssertionError("no account " + number + " in the trial balance");
    }

    @Test
    void aSecondChartIsRefused() {
        Api.Response again = api.post("accounting", "/api/v1/chart-of-accounts", "{\"template\": \"SKR04\"}");
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
    }

    @Test
    void theVatReturnReportsEachBoxAndAgreesWithTheVatAccountsOfTheTrialBalance() {
        JsonNode vat = api.get("reporting", "/api/v1/reports/vat-return?period=2026-11").json();
        Map<String, JsonNode> boxes = byBox(vat);
        assertThat(amount(boxes.get("81").path("base"))).isEqualByComparingTo("1000.00");
        assertThat(amount(boxes.get("81").path("tax"))).isEqualByComparingTo("190.00");
        assertThat(amount(boxes.get("86").path("base"))).isEqualByComparingTo("100.00");
        assertThat(amount(boxes.get("86").path("tax"))).isEqualByComparingTo("7.00");
        assertThat(amount(boxes.get("41").path("base"))).isEqualByComparingTo("2000.00");
        assertThat(amount(boxes.get("46").path("base"))).isEqualByComparingTo("500.00");
        assertThat(amount(boxes.get("47").path("tax"))).isEqualByComparingTo("95.00");
        assertThat(amount(boxes.get("66").path("tax"))).isEqualByComparingTo("38.00");
        assertThat(amount(boxes.get("67").path("tax"))).isEqualByComparingTo("95.00");
        assertThat(amount(vat.path("outputTax"))).isEqualByComparingTo("292.00");
        assertThat(amount(vat.path("inputTax"))).isEqualByComparingTo("133.00");
        assertThat(amount(vat.path("payable"))).isEqualByComparingTo("159.00");

        // The same figures as the November movements on the VAT accounts.
        JsonNode trial = api.get("reporting", "/api/v1/reports/trial-balance?from=2026-11-01&to=2026-11-30").json();
        BigDecimal output = BigDecimal.ZERO;
        for (String account : new String[] {"1776", "1771", "1787"}) {
            output = output.add(amount(trialRow(trial, account).path("credits")).subtract(amount(trialRow(trial, account).path("debits"))));
        }
        BigDecimal input = BigDecimal.ZERO;
        for (String account : new String[] {"1576", "1571", "1577"}) {
            input = input.add(amount(trialRow(trial, account).path("debits")).subtract(amount(trialRow(trial, account).path("credits"))));
        }
        assertThat(output).isEqualByComparingTo(amount(vat.path("outputTax")));
        assertThat(input).isEqualByComparingTo(amount(vat.path("inputTax")));

        // A quarter holds the December entry too; a return as of a day before anything was recorded is empty.
        assertThat(amount(api.get("reporting", "/api/v1/reports/vat-return?period=2026-Q4").json().path("outputTax")))
                .isEqualByComparingTo("311.00");
        JsonNode before = api.get("reporting", "/api/v1/reports/vat-return?period=2026-11&asOf=2020-01-01").json();
        assertThat(before.path("lines")).isEmpty();
        assertThat(amount(before.path("payable"))).isEqualByComparingTo("0");
    }

    @Test
    void theBalanceSheetBalancesAndShowsTheResultOfTheProfitAndLossAccount() {
        JsonNode pl = api.get("reporting", "/api/v1/reports/profit-and-loss?from=2026-01-01&to=2026-11-30").json();
        assertThat(amount(pl.path("result"))).isEqualByComparingTo("-600.00"); // 3,100 revenue - 3,700 expenses
        JsonNode sheet = api.get("reporting", "/api/v1/reports/balance-sheet?date=2026-11-30").json();
        assertThat(sheet.path("balanced").asBoolean()).as(sheet.toString()).isTrue();
        assertThat(amount(sheet.path("totalAssets"))).isEqualByComparingTo("25192.00");
        assertThat(amount(sheet.path("totalEquityAndLiabilities"))).isEqualByComparingTo("25192.00");
        JsonNode result = null;
        for (JsonNode line : sheet.path("equityAndLiabilities")) {
            if (line.path("code").asText().equals("P.A.V")) {
                result = line;
            }
        }
        assertThat(result).isNotNull();
        assertThat(amount(result.path("amount"))).isEqualByComparingTo(amount(pl.path("result")));
        assertThat(amount(sheet.path("previousTotalAssets"))).isEqualByComparingTo("0");

        // The trial balance of the same span closes with the same bank balance as the balance sheet shows.
        JsonNode trial = api.get("reporting", "/api/v1/reports/trial-balance?to=2026-11-30").json();
        assertThat(trial.path("balanced").asBoolean()).isTrue();
        assertThat(amount(trialRow(trial, "1200").path("closing"))).isEqualByComparingTo("22952.00");
        JsonNode cash = null;
        for (JsonNode line : sheet.path("assets")) {
            if (line.path("code").asText().equals("B.IV")) {
                cash = line;
            }
        }
        assertThat(amount(cash.path("amount"))).isEqualByComparingTo("22952.00");
    }

    @Test
    void theReportsDownloadAsCsvAndTheStatementsAsPdf() {
        Api.Response csv = api.get("reporting", "/api/v1/reports/balance-sheet?date=2026-11-30", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("side,position,level,account,name,").contains("1200,Bank,22952.00");
        Api.Response pdf = api.get("reporting", "/api/v1/reports/profit-and-loss?from=2026-01-01&to=2026-11-30",
                "application/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");
        Api.Response vatCsv = api.get("reporting", "/api/v1/reports/vat-return?period=2026-11", "text/csv");
        assertThat(vatCsv.body()).contains("83,Verbleibende Umsatzsteuer-Vorauszahlung / Überschuss,,159.00");
    }
}
