package org.backoffice.infra.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.support.ApiTest;
import org.backoffice.infra.support.EventTable;
import org.backoffice.infra.support.Ledger;
import org.backoffice.infra.support.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Paging the event log never skips an event, although positions become visible in commit order:
 * a page stops before a gap a writer may still fill, and only then.
 */
class AuditGapTest extends ApiTest {

    private List<String> aggregatesAfter(long after) {
        List<String> ids = new ArrayList<>();
        long position = after;
        while (true) {
            JsonNode page = api.get("auditor", "/api/v1/audit/events?limit=500&afterPosition=" + position).json();
            page.path("events").forEach(e -> ids.add(e.path("aggregateId").asText()));
            long next = page.path("nextPosition").asLong();
            if (page.path("events").isEmpty() && next == position) {
                return ids;
            }
            position = next;
        }
    }

    private static String insertOpened(Connection c) throws SQLException {
        String id = UUID.randomUUID().toString();
        EventTable.insertAccountEvent(c, id, 0, "AccountOpenedEvent", "2", "{\"accountId\":\"" + id + "\",\"number\":\"gap-"
                + id.substring(0, 8) + "\",\"name\":\"Gap\",\"type\":\"EQUITY\",\"currency\":\"EUR\","
                + "\"overdraftLimit\":{\"amount\":\"0.00\",\"currency\":\"EUR\"},\"party\":null}", Instant.now());
        return id;
    }

    private long head() {
        Long head = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    @Test
    void aGapLeftByARolledBackWriterHoldsNothingBack() throws Exception {
        long after = head();
        try (Connection writer = DriverManager.getConnection(sharedUrl(), TestDatabase.APP_ROLE, "")) {
            writer.setAutoCommit(false);
            insertOpened(writer);
            writer.rollback();
        }
        String opened = new Ledger(api).open(unique("3000"), "EQUITY", null);
        // Not after the open-gap bound (a minute): at once.
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> aggregatesAfter(after).contains(opened));
    }

    @Test
    void aGapAWriterMayStillFillHoldsThePageUntilItCommits() throws Exception {
        long after = head();
        try (Connection writer = DriverManager.getConnection(sharedUrl(), TestDatabase.APP_ROLE, "")) {
            writer.setAutoCommit(false);
            String late = insertOpened(writer);
            String opened = new Ledger(api).open(unique("3000"), "EQUITY", null);
            Thread.sleep(500);
            assertThat(aggregatesAfter(after)).as("nothing past the open gap yet").doesNotContain(opened, late);
            writer.commit();
            List<String> seen = await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                    .until(() -> aggregatesAfter(after), ids -> ids.contains(opened));
            assertThat(seen).as("the late event first, in position order").containsSubsequence(late, opened);
        }
    }
}
