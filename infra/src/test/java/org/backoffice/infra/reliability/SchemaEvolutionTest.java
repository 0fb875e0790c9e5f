package org.backoffice.infra.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.ApiTest;
import org.backoffice.infra.support.EventTable;
import org.backoffice.infra.support.Ledger;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An account opened by an earlier version of Backoffice (AccountOpenedEvent revision 1, the
 * overdraft limit a bare number; payload fixture copied from a store that version wrote) keeps
 * working: the read model shows it, its rules hold on commands, the audit shows the event as
 * stored, its state is rebuilt, and a replay of the balances projection reads it again.
 */
class SchemaEvolutionTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String fixture(String name) throws IOException {
        try (InputStream in = SchemaEvolutionTest.class.getResourceAsStream("/fixtures/events/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    @Test
    void anAccountStoredAsRevisionOneIsReadRuledAuditedAndReplayed() throws Exception {
        String id = UUID.randomUUID().toString();
        String number = unique("1000");
        String payload = fixture("AccountOpenedEvent-revision-1.json").replace("@ID@", id).replace("@NUMBER@", number);
        try (java.sql.Connection c = jdbc.getDataSource().getConnection()) {
            EventTable.insertAccountEvent(c, id, 0, "AccountOpenedEvent", "1", payload, Instant.now());
        }

        // The read model, through the current projection.
        JsonNode account = eventually(() -> api.get("accounting", "/api/v1/accounts/" + id),
                r -> r.status() == 200).json();
        assertThat(account.path("number").asText()).isEqualTo(number);
        assertThat(account.path("overdraftLimit").path("amount").asText()).isEqualTo("100.00");
        assertThat(account.path("overdraftLimit").path("currency").asText()).isEqualTo("EUR");

        // The aggregate, loaded from that event: its overdraft floor of -100.00 holds.
        Ledger ledger = new Ledger(api);
        String equity = ledger.open(unique("3000"), "EQUITY", null);
        assertThat(ledger.post("TRANSFER", equity, id, "100.00", "down to the limit").text("status")).isEqualTo("COMPLETED");
        assertThat(ledger.post("TRANSFER", equity, id, "0.01", "one cent past it").text("status")).isEqualTo("REJECTED");
        eventually(() -> ledger.balance(id), "-100.00"::equals);

        // The audit shows the event as it was stored; the state is rebuilt through the upcaster.
        JsonNode history = api.get("auditor", "/api/v1/audit/aggregates/account/" + id + "/history").json();
        JsonNode stored = history.get(0).path("payload");
        assertThat(stored.path("overdraftLimit").isNumber()).as("stored as a number: " + stored).isTrue();
        JsonNode state = api.get("auditor", "/api/v1/audit/aggregates/account/" + id + "/state").json();
        assertThat(new java.math.BigDecimal(state.path("state").path("overdraftLimit").path("amount").asText()))
                .isEqualByComparingTo("100.00");

        // A replay of the balances read model reads the old event again.
        Api.Response replay = api.post("auditor", "/api/v1/audit/replays", "{\"projections\": [\"balances\"]}");
        assertThat(replay.status()).isEqualTo(202);
        String replayId = replay.text("id");
        JsonNode status = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("auditor", "/api/v1/audit/replays/" + replayId).json(),
                        s -> !s.path("status").asText().equals("RUNNING"));
        assertThat(status.path("status").asText()).isEqualTo("COMPLETED");
        JsonNode rebuilt = api.get("accounting", "/api/v1/accounts/" + id).json();
        assertThat(rebuilt.path("overdraftLimit").path("amount").asText()).isEqualTo("100.00");
        assertThat(rebuilt.path("balance").path("amount").asText()).isEqualTo("-100.00");
    }

    @Test
    void newAccountsAreStoredAsRevisionThreeWithMoney() throws Exception {
        Ledger ledger = new Ledger(api);
        String bank = ledger.openBank(unique("1000"), "25.00");
        JsonNode payload = JSON.readTree(jdbc.queryForObject(
                "select convert_from(payload, 'UTF8') from domain_event_entry where aggregate_identifier = ? "
                        + "and sequence_number = 0", String.class, bank));
        assertThat(jdbc.queryForObject("select payload_revision from domain_event_entry where aggregate_identifier = ? "
                + "and sequence_number = 0", String.class, bank)).isEqualTo("3");
        assertThat(payload.path("overdraftLimit").path("amount").asText()).isEqualTo("25.00");
        assertThat(payload.path("overdraftLimit").path("currency").asText()).isEqualTo("EUR");
    }

    /**
     * A transaction stored by the two-account version (TransactionPostedEvent revision 1, its legs
     * as that version stored them) reads as a two-leg journal entry, is reversed as one, and the
     * audit still shows it as stored.
     */
    @Test
    void aTransactionStoredAsRevisionOneIsATwoLegEntry() throws Exception {
        Ledger ledger = new Ledger(api);
        String customer = ledger.open(unique("10000"), "ASSET", "CUSTOMER");
        String revenue = ledger.open(unique("8400"), "REVENUE", null);
        String tx = UUID.randomUUID().toString();
        String payload = fixture("TransactionPostedEvent-revision-1.json").replace("@TX@", tx)
                .replace("@DEBIT@", customer).replace("@CREDIT@", revenue);
        String leg = "{\"accountId\":\"%s\",\"transactionId\":\"" + tx
                + "\",\"amount\":{\"amount\":\"600.00\",\"currency\":\"EUR\"},\"reference\":\"Invoice 17\"}";
        Instant at = Instant.now();
        try (java.sql.Connection c = jdbc.getDataSource().getConnection()) {
            c.setAutoCommit(false);
            EventTable.insertEvent(c, "LedgerTransaction", tx, 0, "TransactionPostedEvent", "1", payload, at);
            EventTable.insertAccountEvent(c, customer, 1, "AccountDebitedEvent", "1", leg.formatted(customer), at);
            EventTable.insertAccountEvent(c, revenue, 1, "AccountCreditedEvent", "1", leg.formatted(revenue), at);
            c.commit();
        }

        JsonNode read = eventually(() -> api.get("accounting", "/api/v1/transactions/" + tx), r -> r.status() == 200).json();
        assertThat(read.path("valueDate").asText()).isEqualTo("2026-11-30");
        assertThat(read.path("documentDate").asText()).isEqualTo("2026-11-30");
        assertThat(read.path("reference").asText()).isEqualTo("Invoice 17");
        assertThat(read.path("debitAccountId").asText()).isEqualTo(customer);
        assertThat(read.path("legs")).hasSize(2);
        assertThat(read.path("legs").get(0).path("side").asText()).isEqualTo("DEBIT");
        assertThat(read.path("legs").get(1).path("accountId").asText()).isEqualTo(revenue);
        eventually(() -> ledger.balance(customer), "600.00"::equals);

        // The aggregate reads it through the upcaster: it is reversed like any entry.
        Api.Response reversal = api.post("accounting", "/api/v1/transactions/" + tx + "/reversal", "{\"reason\": \"typo\"}");
        assertThat(reversal.status()).isEqualTo(202);
        assertThat(reversal.text("status")).isEqualTo("COMPLETED");
        eventually(() -> ledger.balance(customer), "0.00"::equals);

        JsonNode stored = api.get("auditor", "/api/v1/audit/aggregates/ledgertransaction/" + tx + "/history").json()
                .get(0).path("payload");
        assertThat(stored.path("debitAccountId").asText()).as("as stored: " + stored).isEqualTo(customer);
    }
}
