package org.backoffice.infra.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.ApiTest;
import org.backoffice.infra.support.Ibans;
import org.backoffice.infra.support.Iso20022Schemas;
import org.backoffice.infra.support.Ledger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backoffice.infra.support.Ledger.leg;

/**
 * Supplier payment runs through the API on PostgreSQL: proposed from the items due, approved by a
 * second user only, booked through money in transit, and written as a pain.001.001.09 file that
 * the official schema accepts.
 */
class PaymentRunFlowTest extends ApiTest {

    private Ledger ledger;
    private String bank;
    private String transit;
    private String expense;
    private String bankIban;

    @BeforeEach
    void accounts() {
        ledger = new Ledger(api);
        bank = ledger.openBank(unique("1200"), "0");
        bankIban = Ibans.fresh();
        assertThat(api.post("accounting", "/api/v1/accounts/" + bank + "/bank-details", "{\"iban\": \"" + bankIban
                + "\", \"bic\": \"INGDDEFFXXX\"}").status()).isEqualTo(200);
        Api.Response t = api.post("accounting", "/api/v1/accounts", "{\"number\": \"" + unique("1360")
                + "\", \"name\": \"Geldtransit\", \"type\": \"ASSET\", \"currency\": \"EUR\", \"group\": \"B.II.4\"}");
        assertThat(t.status()).as(t.toString()).isEqualTo(201);
        transit = t.text("id");
        expense = ledger.open(unique("4900"), "EXPENSE", null);
    }

    private record Supplier(String id, String account) {
    }

    private Supplier supplier(String name, String iban) {
        String bankDetails = iban == null ? "" : ", \"bankDetails\": {\"iban\": \"" + iban + "\"}";
        Api.Response r = api.post("accounting", "/api/v1/partners", "{\"kind\": \"SUPPLIER\", \"name\": \"" + name
                + "\", \"paymentTermDays\": 10" + bankDetails + "}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return new Supplier(r.text("id"), r.text("accountId"));
    }

    private String invoice(Supplier s, String date, String number, String amount) {
        Api.Response r = api.post("accounting", "/api/v1/journal-entries", "{\"documentNumber\": \"" + number
                + "\", \"bookingDate\": \"" + date + "\", \"text\": \"" + number + "\", \"legs\": ["
                + leg("D", expense, amount) + ", " + leg("C", s.account(), amount) + "]}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.text("id");
    }

    private Api.Response prepare(String user, String dueUntil, String... partners) {
        return api.post(user, "/api/v1/payment-runs", "{\"bankAccountId\": \"" + bank + "\", \"transitAccountId\": \""
                + transit + "\", \"dueUntil\": \"" + dueUntil + "\", \"partnerIds\": [\""
                + String.join("\", \"", partners) + "\"]}");
    }

    @Test
    void aRunPaysTheDueItemsOfEachSupplierOnceApprovedByASecondUserAndItsFilePassesTheSchema() {
        String ibanMueller = Ibans.fresh();
        Supplier mueller = supplier("Müller & Söhne Bürobedarf GmbH", ibanMueller);
        Supplier later = supplier("Later Ltd", Ibans.fresh());
        Supplier noBank = supplier("No Bank AG", null);
        // Müller's two invoices are due 2026-10-11 and 2026-10-15; Later's on 2026-12-20; No Bank's on 2026-10-11.
        String first = invoice(mueller, "2026-10-01", unique("ER"), "119.00");
        String second = invoice(mueller, "2026-10-05", unique("ER"), "1000.50");
        invoice(later, "2026-12-10", unique("ER"), "50.00");
        invoice(noBank, "2026-10-01", unique("ER"), "10.00");
        eventually(() -> api.get("reporting", "/api/v1/partners/" + noBank.id() + "/open-items?asOf=2026-12-31").json()
                .path("items").size(), n -> n == 1);
        eventually(() -> api.get("reporting", "/api/v1/partners/" + mueller.id() + "/open-items?asOf=2026-12-31").json()
                .path("items").size(), n -> n == 2);

        Api.Response prepared = prepare("accounting", "2026-10-31", mueller.id(), later.id(), noBank.id());
        assertThat(prepared.status()).as(prepared.toString()).isEqualTo(201);
        assertThat(prepared.json().path("payments").asInt()).isEqualTo(1);
        assertThat(prepared.json().path("total").path("amount").asText()).isEqualTo("1119.50");
        assertThat(prepared.json().path("skipped").get(0).path("reason").asText()).isEqualTo("no bank details");
        String run = prepared.text("id");

        Api.Response own = api.post("accounting", "/api/v1/payment-runs/" + run + "/approval", "");
        assertThat(own.status()).as("four eyes: " + own).isEqualTo(422);
        assertThat(storedBy(own)).isZero();
        Api.Response approved = api.post("admin", "/api/v1/payment-runs/" + run + "/approval", "");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        Api.Response twice = api.post("admin", "/api/v1/payment-runs/" + run + "/approval", "");
        assertThat(twice.status()).as("approved twice").isEqualTo(409);
        assertThat(storedBy(twice)).isZero();

        JsonNode ready = eventually(() -> api.get("reporting", "/api/v1/payment-runs/" + run).json(),
                j -> j.path("status").asText().equals("READY"));
        JsonNode payment = ready.path("payments").get(0);
        assertThat(payment.path("status").asText()).isEqualTo("BOOKED");
        assertThat(payment.path("items")).hasSize(2);
        assertThat(ready.path("approvedBy").asText()).isEqualTo("admin");
        assertThat(ready.path("preparedBy").asText()).isEqualTo("accounting");

        // The supplier is paid in the books, the amount waits in transit, the bank is untouched until the statement.
        eventually(() -> ledger.balance(mueller.account()), "0.00"::equals);
        assertThat(ledger.balance(transit)).isEqualTo("-1119.50");
        assertThat(ledger.balance(bank)).isEqualTo("0.00");
        JsonNode items = api.get("reporting", "/api/v1/partners/" + mueller.id() + "/open-items?status=ALL&asOf=2026-12-31").json();
        for (JsonNode i : items.path("items")) {
            assertThat(i.path("status").asText()).as(i.toString()).isEqualTo("SETTLED");
        }

        Api.Response file = api.get("accounting", "/api/v1/payment-runs/" + run + "/file", "application/xml");
        assertThat(file.status()).as(file.toString()).isEqualTo(200);
        String xml = file.body();
        assertThat(Iso20022Schemas.errors("pain.001.001.09", xml)).as(xml).isEmpty();
        assertThat(xml).contains("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\">")
                .contains("<NbOfTxs>1</NbOfTxs>").contains("<CtrlSum>1119.50</CtrlSum>")
                .contains("<InstdAmt Ccy=\"EUR\">1119.50</InstdAmt>")
                .contains("<EndToEndId>" + payment.path("paymentId").asText().replace("-", "") + "</EndToEndId>")
                .contains("<IBAN>" + ibanMueller + "</IBAN>").contains("<IBAN>" + bankIban + "</IBAN>")
                .contains("<Nm>Mueller + Soehne Buerobedarf GmbH</Nm>").contains("<BICFI>INGDDEFFXXX</BICFI>")
                .contains("<ReqdExctnDt>");
        assertThat(api.get("accounting", "/api/v1/payment-runs/" + run + "/file", "application/xml").body())
                .as("the same run, the same file").isEqualTo(xml);

        Api.Response again = prepare("accounting", "2026-10-31", mueller.id());
        assertThat(again.status()).as("nothing left due: " + again).isEqualTo(422);
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void aPreparedRunHoldsItsItemsUntilCancelledAndItsFileWaitsForTheApproval() {
        Supplier s = supplier("Held GmbH", Ibans.fresh());
        invoice(s, "2026-09-01", unique("ER"), "20.00");
        eventually(() -> api.get("reporting", "/api/v1/partners/" + s.id() + "/open-items?asOf=2026-12-31").json()
                .path("items").size(), n -> n == 1);
        Api.Response first = prepare("accounting", "2026-10-31", s.id());
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        String run = first.text("id");
        eventually(() -> api.get("reporting", "/api/v1/payment-runs/" + run).status(), st -> st == 200);
        assertThat(api.get("accounting", "/api/v1/payment-runs/" + run + "/file", "application/xml").status())
                .as("no file before the approval").isEqualTo(409);
        assertThat(prepare("accounting", "2026-10-31", s.id()).status()).as("its item is held by the prepared run")
                .isEqualTo(422);
        assertThat(api.post("admin", "/api/v1/payment-runs/" + run + "/cancellation", "{\"reason\": \"wrong date\"}").status())
                .isEqualTo(200);
        eventually(() -> api.get("reporting", "/api/v1/payment-runs/" + run).json().path("status").asText(), "CANCELLED"::equals);
        assertThat(api.post("admin", "/api/v1/payment-runs/" + run + "/approval", "").status()).as("cancelled").isEqualTo(409);
        Api.Response second = prepare("accounting", "2026-10-31", s.id());
        assertThat(second.status()).as("the cancelled run's item is free again: " + second).isEqualTo(201);
    }

    @Test
    void aRunNeedsABankAccountWithAnIbanAndAnExecutionDateNotInThePast() {
        String noIban = ledger.openBank(unique("1210"), "0");
        Api.Response r = api.post("accounting", "/api/v1/payment-runs", "{\"bankAccountId\": \"" + noIban
                + "\", \"transitAccountId\": \"" + transit + "\", \"dueUntil\": \"2026-10-31\", \"partnerIds\": [\""
                + UUID.randomUUID() + "\"]}");
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        Api.Response past = api.post("accounting", "/api/v1/payment-runs", "{\"bankAccountId\": \"" + bank
                + "\", \"transitAccountId\": \"" + transit + "\", \"dueUntil\": \"2026-10-31\", \"executionDate\": \""
                + LocalDate.now().minusDays(1) + "\"}");
        assertThat(past.status()).as(past.toString()).isEqualTo(400);
        assertThat(past.json().path("errors").get(0).path("field").asText()).isEqualTo("executionDate");
        Api.Response bankAsTransit = api.post("accounting", "/api/v1/payment-runs", "{\"bankAccountId\": \"" + bank
                + "\", \"transitAccountId\": \"" + bank + "\", \"dueUntil\": \"2026-10-31\"}");
        assertThat(bankAsTransit.status()).as(bankAsTransit.toString()).isEqualTo(422);
        assertThat(storedBy(r) + storedBy(past) + storedBy(bankAsTransit)).isZero();
    }

    @Test
    void aPaymentWhoseItemWasPaidMeanwhileFailsAloneAndStaysOutOfTheFile() {
        Supplier paid = supplier("Paid Meanwhile GmbH", Ibans.fresh());
        Supplier open = supplier("Still Open GmbH", Ibans.fresh());
        String item = invoice(paid, "2026-09-01", unique("ER"), "30.00");
        invoice(open, "2026-09-01", unique("ER"), "40.00");
        eventually(() -> api.get("reporting", "/api/v1/partners/" + open.id() + "/open-items?asOf=2026-12-31").json()
                .path("items").size(), n -> n == 1);
        eventually(() -> api.get("reporting", "/api/v1/partners/" + paid.id() + "/open-items?asOf=2026-12-31").json()
                .path("items").size(), n -> n == 1);
        Api.Response prepared = prepare("accounting", "2026-10-31", paid.id(), open.id());
        assertThat(prepared.json().path("payments").asInt()).isEqualTo(2);
        String run = prepared.text("id");
        // Someone pays the first supplier by hand before the run is approved.
        Api.Response byHand = api.post("accounting", "/api/v1/journal-entries", "{\"documentNumber\": \"" + unique("BA")
                + "\", \"bookingDate\": \"2026-10-05\", \"text\": \"by hand\", \"legs\": [" + leg("D", paid.account(), "30.00")
                + ", " + leg("C", expense, "30.00") + "], \"settles\": [{\"itemId\": \"" + item
                + "\", \"amount\": {\"amount\": \"30.00\", \"currency\": \"EUR\"}}]}");
        assertThat(byHand.status()).as(byHand.toString()).isEqualTo(201);
        assertThat(api.post("admin", "/api/v1/payment-runs/" + run + "/approval", "").status()).isEqualTo(200);
        JsonNode ready = eventually(() -> api.get("reporting", "/api/v1/payment-runs/" + run).json(),
                j -> j.path("status").asText().equals("READY"));
        for (JsonNode p : ready.path("payments")) {
            boolean failed = p.path("partnerId").asText().equals(paid.id());
            assertThat(p.path("status").asText()).as(p.toString()).isEqualTo(failed ? "FAILED" : "BOOKED");
            if (failed) {
                assertThat(p.path("reason").asText()).contains("owes only 0.00");
            }
        }
        String xml = api.get("accounting", "/api/v1/payment-runs/" + run + "/file", "application/xml").body();
        assertThat(xml).contains("<NbOfTxs>1</NbOfTxs>").contains("<CtrlSum>40.00</CtrlSum>");
        assertThat(Iso20022Schemas.errors("pain.001.001.09", xml)).isEmpty();
    }
}
