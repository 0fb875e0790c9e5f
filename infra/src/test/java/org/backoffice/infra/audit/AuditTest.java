package org.backoffice.infra.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.ApiTest;
import org.backoffice.infra.support.Hr;
import org.backoffice.infra.support.It;
import org.backoffice.infra.support.Ledger;
import org.backoffice.infra.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What auditors come for, through REST against real PostgreSQL. */
class AuditTest extends ApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private List<JsonNode> allEvents(String query) {
        List<JsonNode> events = new ArrayList<>();
        long after = 0;
        while (true) {
            JsonNode page = api.get("auditor", "/api/v1/audit/events?limit=500&afterPosition=" + after + query).json();
            page.path("events").forEach(events::add);
            long next = page.path("nextPosition").asLong();
            if (page.path("events").isEmpty() && next == after) {
                return events;
            }
            after = next;
        }
    }

    @Test
    void theLogShowsWhoDidWhatAndFiltersByUserTypeAggregateAndTime() {
        Ledger ledger = new Ledger(api);
        Instant before = Instant.now();
        String bank = ledger.openBank(unique("1000"), "0");

        List<JsonNode> byAggregate = allEvents("&aggregateType=account&aggregateId=" + bank);
        assertThat(byAggregate).hasSize(1);
        JsonNode opened = byAggregate.get(0);
        assertThat(opened.path("type").asText()).isEqualTo("AccountOpenedEvent");
        assertThat(opened.path("aggregateType").asText()).isEqualTo("account");
        assertThat(opened.path("sequenceNumber").asLong()).isZero();
        assertThat(opened.path("payload").path("accountId").asText()).isEqualTo(bank);
        assertThat(opened.path("metadata").path("user").asText()).isEqualTo("accounting");
        assertThat(opened.path("metadata").path("correlationId").asText()).startsWith("test-");
        assertThat(opened.path("metadata").path("causationId").asText()).isNotBlank();

        List<JsonNode> mine = allEvents("&user=accounting&eventType=AccountOpenedEvent&from=" + before);
        assertThat(mine).extracting(e -> e.path("aggregateId").asText()).contains(bank);
        assertThat(mine).allMatch(e -> e.path("metadata").path("user").asText().equals("accounting"));
        assertThat(allEvents("&user=hr&aggregateId=" + bank)).isEmpty();
        assertThat(allEvents("&aggregateId=" + bank + "&to=2000-01-01")).isEmpty();
    }

    @Test
    void pagingByPositionNeverSkipsOrRepeatsAnEventWhileWritersWrite() throws Exception {
        Ledger ledger = new Ledger(api);
        String bank = ledger.openBank(unique("1000"), "1000000.00");
        String expense = ledger.open(unique("6000"), "EXPENSE", null);
        long start = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            running.add(writers.submit(() -> {
                for (int i = 0; i < 40; i++) {
                    ledger.post("TRANSFER", expense, bank, "1.00", "paging");
                }
            }));
        }
        Set<Long> seen = new LinkedHashSet<>();
        List<Long> order = new ArrayList<>();
        long after = start;
        boolean writing = true;
        while (true) {
            writing = running.stream().anyMatch(f -> !f.isDone());
            JsonNode page = api.get("auditor", "/api/v1/audit/events?limit=7&afterPosition=" + after).json();
            for (JsonNode e : page.path("events")) {
                order.add(e.path("position").asLong());
                assertThat(seen.add(e.path("position").asLong())).as("repeated " + e.path("position")).isTrue();
            }
            long next = page.path("nextPosition").asLong();
            if (!writing && page.path("events").isEmpty() && next == after) {
                break;
            }
            after = next;
        }
        writers.shutdown();
        for (Future<?> f : running) {
            f.get();
        }
        List<Long> stored = jdbc.queryForList("select global_index from domain_event_entry where global_index > ? "
                + "order by global_index", Long.class, start);
        assertThat(order).as("every event once, in store order").isEqualTo(stored);
        assertThat(stored.size()).isGreaterThanOrEqualTo(4 * 40 * 3);
    }

    @Test
    void anAggregatesHistoryAndItsStateAsOfAnInstant() throws Exception {
        Ledger ledger = new Ledger(api);
        String bank = ledger.openBank(unique("1000"), "0");
        String equity = ledger.open(unique("3000"), "EQUITY", null);
        ledger.post("TRANSFER", bank, equity, "100.00", "first");
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        ledger.post("TRANSFER", bank, equity, "50.00", "second");

        JsonNode history = api.get("auditor", "/api/v1/audit/aggregates/account/" + bank + "/history").json();
        List<JsonNode> events = new ArrayList<>();
        history.forEach(events::add);
        assertThat(events).extracting(e -> e.path("type").asText())
                .containsExactly("AccountOpenedEvent", "AccountDebitedEvent", "AccountDebitedEvent");
        assertThat(events).extracting(e -> e.path("sequenceNumber").asLong()).containsExactly(0L, 1L, 2L);

        JsonNode then = api.get("auditor", "/api/v1/audit/aggregates/account/" + bank + "/state?asOf=" + between).json();
        JsonNode now = api.get("auditor", "/api/v1/audit/aggregates/account/" + bank + "/state").json();
        assertThat(then.path("version").asLong()).isEqualTo(1);
        assertThat(new java.math.BigDecimal(then.path("state").path("balance").path("amount").asText())).isEqualByComparingTo("100.00");
        assertThat(new java.math.BigDecimal(now.path("state").path("balance").path("amount").asText())).isEqualByComparingTo("150.00");
        assertThat(now.path("state").path("balance").path("amount").asText()).as("a plain decimal string").matches("-?\\d+(\\.\\d+)?");
        assertThat(now.path("state").path("balance").path("currency").asText()).as("money as the API writes it").isEqualTo("EUR");
        assertThat(api.get("auditor", "/api/v1/audit/aggregates/account/" + bank + "/state?asOf=2000-01-01").status()).isEqualTo(404);
        assertThat(api.get("auditor", "/api/v1/audit/aggregates/spaceship/" + bank + "/state").status()).isEqualTo(404);
        assertThat(api.get("auditor", "/api/v1/audit/aggregates/account/" + bank + "/state?asOf=soon").status()).isEqualTo(400);
    }

    @Test
    void erasedPersonalDataShowsAsErasedInTheLogAndTheState() {
        Hr hr = new Hr(api);
        // Left in 2011: every retention has run out, so erasure takes everything at once.
        String id = hr.hire("Xavier", "Erasedsson", unique("Gone"), java.time.LocalDate.of(2010, 1, 1), "3000.00");
        JsonNode before = api.get("auditor", "/api/v1/audit/aggregates/employee/" + id + "/history").json();
        assertThat(before.get(0).path("payload").path("personalData").path("lastName").asText()).isEqualTo("Erasedsson");
        hr.terminate(id, java.time.LocalDate.of(2011, 6, 30));
        assertThat(api.post("admin", "/api/v1/employees/" + id + "/erasure", null).status()).isEqualTo(200);

        String log = api.get("auditor", "/api/v1/audit/aggregates/employee/" + id + "/history").body();
        assertThat(log).doesNotContain("Erasedsson").contains("[erased]");
        String state = api.get("auditor", "/api/v1/audit/aggregates/employee/" + id + "/state").body();
        assertThat(state).doesNotContain("Erasedsson").contains("[erased]");
    }

    @Test
    void balancesAndInventoryAsOfAnInstantEqualWhatTheLiveReportsSaidThen() throws Exception {
        Ledger ledger = new Ledger(api);
        String bank = ledger.openBank(unique("1000"), "0");
        String equity = ledger.open(unique("3000"), "EQUITY", null);
        ledger.post("TRANSFER", bank, equity, "10.00", "one");
        It it = new It(api);
        String laptop = it.register("LAPTOP", "asof");
        eventually(() -> ledger.balance(bank), "10.00"::equals);
        eventually(() -> it.status(laptop), "IN_STOCK"::equals);
        Thread.sleep(50);
        JsonNode liveBalances = api.get("reporting", "/api/v1/reports/balances").json();
        JsonNode liveInventory = api.get("reporting", "/api/v1/reports/inventory").json();
        Instant then = Instant.now();
        Thread.sleep(50);

        ledger.post("TRANSFER", bank, equity, "5.00", "two");
        api.post("it", "/api/v1/assets/" + laptop + "/repair", "{\"description\": \"later\"}");
        it.register("PHONE", "later");
        eventually(() -> it.status(laptop), "IN_REPAIR"::equals);
        eventually(() -> ledger.balance(bank), "15.00"::equals);

        JsonNode pastBalances = api.get("auditor", "/api/v1/reports/balances?asOf=" + then).json();
        JsonNode pastInventory = api.get("auditor", "/api/v1/reports/inventory?asOf=" + then).json();
        assertThat(pastBalances.path("accounts")).isEqualTo(liveBalances.path("accounts"));
        assertThat(pastInventory.path("byType")).isEqualTo(liveInventory.path("byType"));
        assertThat(pastInventory.path("total")).isEqualTo(liveInventory.path("total"));
        assertThat(api.get("reporting", "/api/v1/reports/balances").json().path("accounts"))
                .isNotEqualTo(liveBalances.path("accounts"));
    }

    @Test
    void theStoreRefusesChangesAndTheIntegrityCheckFindsEditsAndDeletionsMadeBehindItsBack() {
        Ledger ledger = new Ledger(api);
        String bank = ledger.openBank(unique("1000"), "0");
        String equity = ledger.open(unique("3000"), "EQUITY", null);
        ledger.post("TRANSFER", bank, equity, "70.00", "tamper target");
        JsonNode intact = api.get("auditor", "/api/v1/audit/integrity").json();
        assertThat(intact.path("status").asText()).isEqualTo("INTACT");
        assertThat(intact.path("eventsChecked").asLong()).isPositive();

        // The application's own connection has no right to change events or their chain heads...
        for (String change : List.of("update domain_event_entry set payload = payload where aggregate_identifier = '" + bank + "'",
                "delete from domain_event_entry where aggregate_identifier = '" + bank + "'", "truncate domain_event_entry",
                "update event_stream_head set last_sequence = 0 where aggregate_identifier = '" + bank + "'",
                "delete from event_stream_head where aggregate_identifier = '" + bank + "'")) {
            assertThatThrownBy(() -> jdbc.execute(change)).as(change).hasStackTraceContaining("permission denied");
        }
        // ...and the triggers refuse even the owner, unless it switches them off.
        JdbcTemplate owner = new JdbcTemplate(TestDatabase.owner(sharedUrl()));
        assertThatThrownBy(() -> owner.update("update domain_event_entry set payload = payload where aggregate_identifier = ?", bank))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> owner.update("delete from domain_event_entry where aggregate_identifier = ?", bank))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> owner.execute("truncate domain_event_entry")).hasStackTraceContaining("append-only");

        Map<String, Object> leg = jdbc.queryForMap("select * from domain_event_entry where aggregate_identifier = ? "
                + "and sequence_number = 1", bank);
        long position = ((Number) leg.get("global_index")).longValue();
        byte[] original = (byte[]) leg.get("payload");
        // As the database owner, with the triggers switched off: edit the amount of a posted leg.
        behindTheBack("update domain_event_entry set payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                + "'70.00', '7.00'), 'UTF8') where global_index = " + position);
        try {
            JsonNode edited = api.get("auditor", "/api/v1/audit/integrity").json();
            assertThat(edited.path("status").asText()).isEqualTo("BROKEN");
            assertThat(edited.path("firstBrokenPosition").asLong()).isEqualTo(position);
        } finally {
            withoutTriggers(c -> {
                try (var update = c.prepareStatement("update domain_event_entry set payload = ? where global_index = ?")) {
                    update.setBytes(1, original);
                    update.setLong(2, position);
                    update.executeUpdate();
                }
            });
        }
        assertThat(api.get("auditor", "/api/v1/audit/integrity").json().path("status").asText()).isEqualTo("INTACT");

        // Remove the opening event: the stream no longer starts at 0 and the next link dangles.
        Map<String, Object> first = jdbc.queryForMap("select * from domain_event_entry where aggregate_identifier = ? "
                + "and sequence_number = 0", bank);
        behindTheBack("delete from domain_event_entry where global_index = " + first.get("global_index"));
        try {
            JsonNode deleted = api.get("auditor", "/api/v1/audit/integrity").json();
            assertThat(deleted.path("status").asText()).isEqualTo("BROKEN");
            assertThat(deleted.path("firstBrokenPosition").asLong()).isEqualTo(position);
        } finally {
            restore(first);
        }
        // Remove the last event of a stream: its recorded head shows it.
        Map<String, Object> last = jdbc.queryForMap("select * from domain_event_entry where aggregate_identifier = ? "
                + "order by sequence_number desc limit 1", equity);
        behindTheBack("delete from domain_event_entry where global_index = " + last.get("global_index"));
        try {
            JsonNode truncated = api.get("auditor", "/api/v1/audit/integrity").json();
            assertThat(truncated.path("status").asText()).isEqualTo("BROKEN");
            assertThat(truncated.path("firstBrokenPosition").asLong()).isEqualTo(((Number) last.get("global_index")).longValue());
        } finally {
            restore(last);
        }
        assertThat(api.get("auditor", "/api/v1/audit/integrity").json().path("status").asText()).isEqualTo("INTACT");
    }

    /** What a database owner can do: switch the triggers off for the session and change rows. */
    private void behindTheBack(String sql) {
        withoutTriggers(c -> {
            try (var s = c.createStatement()) {
                s.execute(sql);
            }
        });
    }

    private interface Work {
        void on(java.sql.Connection connection) throws java.sql.SQLException;
    }

    /** Runs the work on one connection, in one transaction, with triggers off (session_replication_role). */
    private void withoutTriggers(Work work) {
        new JdbcTemplate(TestDatabase.owner(sharedUrl())).execute((org.springframework.jdbc.core.ConnectionCallback<Void>) c -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                s.execute("set local session_replication_role = replica");
                work.on(c);
                c.commit();
            } catch (java.sql.SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
            return null;
        });
    }

    private void restore(Map<String, Object> row) {
        withoutTriggers(c -> {
            try (var insert = c.prepareStatement("""
                    insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number,
                        type, time_stamp, payload_type, payload_revision, payload, meta_data, stored_at, previous_hash, hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                Object[] values = {row.get("global_index"), row.get("event_identifier"), row.get("aggregate_identifier"),
                        row.get("sequence_number"), row.get("type"), row.get("time_stamp"), row.get("payload_type"),
                        row.get("payload_revision"), row.get("payload"), row.get("meta_data"), row.get("stored_at"),
                        row.get("previous_hash"), row.get("hash")};
                for (int i = 0; i < values.length; i++) {
                    insert.setObject(i + 1, values[i]);
                }
                insert.executeUpdate();
            }
        });
    }

    @Test
    void onlyAuditorsAndAdministratorsReadTheAuditEndpoints() {
        for (String role : List.of("accounting", "hr", "it", "reporting", "auditor", "admin")) {
            int expected = Set.of("auditor", "admin").contains(role) ? 200 : 403;
            assertThat(api.get(role, "/api/v1/audit/events?limit=1").status()).as(role).isEqualTo(expected);
            assertThat(api.get(role, "/api/v1/audit/integrity").status()).as(role).isEqualTo(expected);
            Api.Response replay = api.post(role, "/api/v1/audit/replays", "{\"projections\": [\"nothing\"]}");
            assertThat(replay.status()).as(role).isEqualTo(expected == 200 ? 400 : 403);
        }
        assertThat(api.post("auditor", "/api/v1/accounts", "{\"number\": \"1\", \"name\": \"x\", \"type\": \"ASSET\", \"currency\": \"EUR\"}")
                .status()).as("auditors issue no business command").isEqualTo(403);
    }

    @Test
    void badAuditParametersAreRefused() {
        assertThat(api.get("auditor", "/api/v1/audit/events?limit=0").status()).isEqualTo(400);
        assertThat(api.get("auditor", "/api/v1/audit/events?limit=5000").status()).isEqualTo(400);
        assertThat(api.get("auditor", "/api/v1/audit/events?afterPosition=-1").status()).isEqualTo(400);
        assertThat(api.get("auditor", "/api/v1/audit/events?afterPosition=x").status()).isEqualTo(400);
        assertThat(api.get("auditor", "/api/v1/audit/events?from=yesterday").status()).isEqualTo(400);
        assertThat(api.get("auditor", "/api/v1/audit/replays/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(api.get("auditor", "/api/v1/audit/aggregates/account/" + java.util.UUID.randomUUID() + "/history").status()).isEqualTo(404);
        assertThat(api.post("auditor", "/api/v1/audit/replays", "{\"projections\": []}").status()).isEqualTo(400);
        assertThat(api.post("auditor", "/api/v1/audit/replays", "{}").status()).isEqualTo(400);
    }
}
