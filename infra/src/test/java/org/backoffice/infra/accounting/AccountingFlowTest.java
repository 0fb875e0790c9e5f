package org.backoffice.infra.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.ApiTest;
import org.backoffice.infra.support.Ledger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The accounting day of docs/api.md, through REST against the real PostgreSQL store. */
class AccountingFlowTest extends ApiTest {

    private Ledger ledger;
    private String bank;
    private String revenue;
    private String expense;

    @BeforeEach
    void chartOfAccounts() {
        ledger = new Ledger(api);
        bank = ledger.openBank(unique("1000"), "50.00");
        revenue = ledger.open(unique("4000"), "REVENUE", null);
        expense = ledger.open(unique("6000"), "EXPENSE", null);
    }

    @Test
    void aCustomerInvoiceAndItsPaymentSettleOnTheCustomersOwnAccount() {
        String acme = ledger.open(unique("1200"), "ASSET", "CUSTOMER");

        Api.Response invoice = ledger.post("CUSTOMER_INVOICE", acme, revenue, "125.50", "INV-1");
        Api.Response payment = ledger.post("CUSTOMER_PAYMENT", bank, acme, "125.50", "PAY-1");

        assertThat(invoice.status()).isEqualTo(202);
        assertThat(invoice.text("status")).isEqualTo("COMPLETED");
        assertThat(invoice.location()).isEqualTo("/api/v1/transactions/" + invoice.text("id"));
        assertThat(payment.text("status")).isEqualTo("COMPLETED");
        JsonNode entries = eventually(() -> api.get("accounting", "/api/v1/accounts/" + acme + "/entries").json(),
                page -> page.path("total").asInt() == 2);
        assertThat(entries.path("items").get(0).path("side").asText()).isEqualTo("DEBIT");
        assertThat(entries.path("items").get(0).path("balanceAfter").path("amount").asText()).isEqualTo("125.50");
        assertThat(entries.path("items").get(0).path("reference").asText()).isEqualTo("INV-1");
        assertThat(entries.path("items").get(1).path("side").asText()).isEqualTo("CREDIT");
        assertThat(entries.path("items").get(1).path("balanceAfter").path("amount").asText()).isEqualTo("0.00");
        assertThat(entries.path("items").get(1).path("transactionId").asText()).isEqualTo(payment.text("id"));
        assertThat(ledger.balance(bank)).isEqualTo("125.50");
        assertThat(ledger.balance(revenue)).isEqualTo("125.50");
        JsonNode tx = api.get("accounting", "/api/v1/transactions/" + invoice.text("id")).json();
        assertThat(tx.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(tx.path("kind").asText()).isEqualTo("CUSTOMER_INVOICE");
    }

    @Test
    void aSupplierInvoiceAndItsPaymentSettleOnTheSuppliersAccount() {
        String supplier = ledger.open(unique("1600"), "LIABILITY", "SUPPLIER");
        ledger.post("CUSTOMER_PAYMENT", bank, ledger.open(unique("1200"), "ASSET", "CUSTOMER"), "500.00", "capital");

        assertThat(ledger.post("SUPPLIER_INVOICE", expense, supplier, "80.00", "BILL-7").text("status")).isEqualTo("COMPLETED");
        assertThat(ledger.post("SUPPLIER_PAYMENT", supplier, bank, "80.00", "PAY-BILL-7").text("status")).isEqualTo("COMPLETED");

        eventually(() -> ledger.balance(bank), "420.00"::equals);
        assertThat(ledger.balance(expense)).isEqualTo("80.00");
        assertThat(ledger.balance(supplier)).isEqualTo("0.00");
    }

    @Test
    void anOverdraftBeyondTheLimitIsRejectedWithItsReasonAndPostsNothing() {
        Api.Response r = ledger.post("TRANSFER", expense, bank, "50.01", "too much");

        assertThat(r.status()).isEqualTo(202);
        assertThat(r.text("status")).isEqualTo("REJECTED");
        assertThat(r.text("reason")).contains("insufficient funds");
        JsonNode tx = eventually(() -> api.get("accounting", "/api/v1/transactions/" + r.text("id")),
                res -> res.status() == 200).json();
        assertThat(tx.path("status").asText()).isEqualTo("REJECTED");
        assertThat(tx.path("reason").asText()).contains("overdraft limit of 50.00 EUR");
        assertThat(ledger.balance(bank)).isEqualTo("0.00");
        assertThat(api.get("accounting", "/api/v1/accounts/" + bank + "/entries").json().path("total").asInt()).isZero();
    }

    @Test
    void aReversalUndoesATransactionOnceAndMarksItReversed() {
        String acme = ledger.open(unique("1200"), "ASSET", "CUSTOMER");
        String invoice = ledger.post("CUSTOMER_INVOICE", acme, revenue, "99.99", "INV-9").text("id");

        Api.Response reversal = api.post("accounting", "/api/v1/transactions/" + invoice + "/reversal",
                "{\"reason\": \"invoiced the wrong customer\"}");
        Api.Response again = api.post("accounting", "/api/v1/transactions/" + invoice + "/reversal",
                "{\"reason\": \"again\"}");

        assertThat(reversal.status()).isEqualTo(202);
        assertThat(reversal.text("id")).isNotEqualTo(invoice);
        assertThat(again.status()).isEqualTo(409);
        JsonNode original = eventually(() -> api.get("accounting", "/api/v1/transactions/" + invoice).json(),
                t -> t.path("status").asText().equals("REVERSED"));
        assertThat(original.path("reversedBy").asText()).isEqualTo(reversal.text("id"));
        eventually(() -> ledger.balance(acme), "0.00"::equals);
        assertThat(ledger.balance(revenue)).isEqualTo("0.00");
        JsonNode rev = api.get("accounting", "/api/v1/transactions/" + reversal.text("id")).json();
        assertThat(rev.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(rev.path("reversalOf").asText()).isEqualTo(invoice);
    }

    @Test
    void theTrialBalanceBalancesAfterADayOfPostings() {
        String acme = ledger.open(unique("1200"), "ASSET", "CUSTOMER");
        ledger.post("CUSTOMER_INVOICE", acme, revenue, "300.00", "INV");
        ledger.post("CUSTOMER_PAYMENT", bank, acme, "200.00", "PAY");
        ledger.post("TRANSFER", expense, bank, "1000.00", "rejected");
        String rent = ledger.post("TRANSFER", expense, bank, "120.00", "rent").text("id");
        api.post("accounting", "/api/v1/transactions/" + rent + "/reversal", "{\"reason\": \"paid by the landlord\"}");

        JsonNode trial = eventually(() -> api.get("reporting", "/api/v1/reports/trial-balance").json(),
                t -> ledgerCaughtUp());
        assertThat(trial.path("balanced").asBoolean()).isTrue();
        JsonNode eur = trial.path("byCurrency").path("EUR");
        assertThat(eur.path("balanced").asBoolean()).isTrue();
        assertThat(eur.path("totalDebits").path("amount").asText()).isEqualTo(eur.path("totalCredits").path("amount").asText());
        assertThat(ledger.balance(bank)).isEqualTo("200.00");
        assertThat(ledger.balance(acme)).isEqualTo("100.00");
        assertThat(ledger.balance(expense)).isEqualTo("0.00");
    }

    /** Every posted leg in the store has reached the ledger read model. */
    private boolean ledgerCaughtUp() {
        Long legs = jdbc.queryForObject("select count(*) from domain_event_entry where payload_type like '%AccountDebitedEvent' "
                + "or payload_type like '%AccountCreditedEvent'", Long.class);
        Long entries = jdbc.queryForObject("select count(*) from ledger_entry", Long.class);
        return legs != null && legs.equals(entries);
    }

    @Test
    void accountsAreListedWithTheirBalancesAndCanBeFilteredByParty() {
        String acme = ledger.open(unique("1200"), "ASSET", "CUSTOMER");
        JsonNode account = eventually(() -> api.get("reporting", "/api/v1/accounts/" + acme),
                r -> r.status() == 200).json();
        String partyId = account.path("party").path("id").asText();

        JsonNode page = api.get("reporting", "/api/v1/accounts?partyKind=CUSTOMER&partyId=" + partyId + "&size=10").json();

        assertThat(page.path("total").asInt()).isEqualTo(1);
        assertThat(page.path("size").asInt()).isEqualTo(10);
        assertThat(page.path("items").get(0).path("id").asText()).isEqualTo(acme);
        assertThat(page.path("items").get(0).path("status").asText()).isEqualTo("OPEN");
        assertThat(page.path("items").get(0).path("balance").path("amount").asText()).isEqualTo("0.00");
    }

    @Test
    void anAccountWithZeroBalanceCanBeClosedAndThenRefusesPostings() {
        eventually(() -> api.get("accounting", "/api/v1/accounts/" + revenue), r -> r.status() == 200);
        assertThat(api.post("accounting", "/api/v1/accounts/" + revenue + "/closure", null).status()).isEqualTo(200);
        eventually(() -> ledger.account(revenue).path("status").asText(), "CLOSED"::equals);
        Api.Response r = ledger.post("CUSTOMER_INVOICE", ledger.open(unique("1200"), "ASSET", "CUSTOMER"), revenue, "5.00", "late");
        assertThat(r.text("status")).isEqualTo("REJECTED");
        assertThat(r.text("reason")).contains("is closed");
    }

    @Test
    void resendingACreateWithTheSameIdAndBodyAnswersTheSameAndStoresNothingNew() {
        String id = UUID.randomUUID().toString();
        String body = "{\"id\": \"" + id + "\", \"number\": \"" + unique("7000") + "\", \"name\": \"Fees\", "
                + "\"type\": \"EXPENSE\", \"currency\": \"EUR\"}";
        Api.Response first = api.post("accounting", "/api/v1/accounts", body);
        Api.Response second = api.post("accounting", "/api/v1/accounts", body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.text("id")).isEqualTo(id);
        assertThat(second.location()).isEqualTo("/api/v1/accounts/" + id);
        assertThat(storedBy(first)).isEqualTo(1);
        assertThat(storedBy(second)).isZero();
        Api.Response different = api.post("accounting", "/api/v1/accounts", body.replace("Fees", "Other"));
        assertThat(different.status()).isEqualTo(409);
        assertThat(storedBy(different)).isZero();
    }

    @Test
    void resendingATransactionWithTheSameIdPostsItOnce() {
        String acme = ledger.open(unique("1200"), "ASSET", "CUSTOMER");
        String id = UUID.randomUUID().toString();
        String body = Ledger.transaction(id, "CUSTOMER_INVOICE", acme, revenue, "10.00", "INV-R");
        Api.Response first = api.post("accounting", "/api/v1/transactions", body);
        Api.Response second = api.post("accounting", "/api/v1/transactions", body);

        assertThat(second.status()).isEqualTo(202);
        assertThat(second.json()).isEqualTo(first.json());
        assertThat(storedBy(first)).isEqualTo(3);
        assertThat(storedBy(second)).isZero();
        assertThat(api.post("accounting", "/api/v1/transactions",
                Ledger.transaction(id, "CUSTOMER_INVOICE", acme, revenue, "11.00", "INV-R")).status()).isEqualTo(409);
        eventually(() -> ledger.balance(acme), "10.00"::equals);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyStoredEventCarriesTheUserTheCorrelationIdAndTheCausationId() throws Exception {
        String acme = ledger.open(unique("1200"), "ASSET", "CUSTOMER");
        String tx = ledger.post("CUSTOMER_INVOICE", acme, revenue, "1.00", "meta").text("id");

        List<Map<String, Object>> rows = jdbc.queryForList("select payload, meta_data from domain_event_entry "
                + "where aggregate_identifier in (?, ?) order by global_index", tx, acme);
        assertThat(rows).hasSize(3);
        ObjectMapper json = new ObjectMapper();
        for (Map<String, Object> row : rows) {
            assertThat(row.get("payload")).isInstanceOf(byte[].class);
            assertThat(json.readTree((byte[]) row.get("payload")).isObject()).isTrue();
            Map<String, Object> meta = json.readValue((byte[]) row.get("meta_data"), Map.class);
            assertThat(meta.get("user")).isEqualTo("accounting");
            assertThat((String) meta.get("correlationId")).isNotBlank();
            assertThat((String) meta.get("causationId")).isNotBlank();
        }
        // the two legs and the transaction were caused by the same command in the same request
        Map<String, Object> legMeta = json.readValue((byte[]) rows.get(2).get("meta_data"), Map.class);
        Map<String, Object> txMeta = json.readValue((byte[]) rows.get(1).get("meta_data"), Map.class);
        assertThat(legMeta.get("causationId")).isEqualTo(txMeta.get("causationId"));
        assertThat(legMeta.get("correlationId")).isEqualTo(txMeta.get("correlationId"));
    }

    @Test
    void aClientsCorrelationIdIsStoredWithTheEventsOfItsRequest() {
        String body = "{\"number\": \"" + unique("8000") + "\", \"name\": \"Corr\", \"type\": \"EQUITY\", \"currency\": \"EUR\"}";
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/accounts"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("accounting:accounting-pw".getBytes()))
                .header("Content-Type", "application/json").header("X-Correlation-Id", "client-req-42")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
        String id;
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().firstValue("X-Correlation-Id")).hasValue("client-req-42");
            id = new ObjectMapper().readTree(response.body()).path("id").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        String meta = jdbc.queryForObject("select convert_from(meta_data, 'UTF8') from domain_event_entry "
                + "where aggregate_identifier = ?", String.class, id);
        assertThat(meta).contains("\"correlationId\":\"client-req-42\"");
    }
}
