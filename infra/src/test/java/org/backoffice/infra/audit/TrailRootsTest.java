package org.backoffice.infra.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.support.ApiTest;
import org.backoffice.infra.support.EventTable;
import org.backoffice.infra.support.TrailScenes;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The effects of a chain's start are read by its root (V34, keyset on root and position) instead
 * of walking the chain: they must be exactly what the walk finds. The walk, written out here in
 * SQL as the definition (an event follows from another when its upstream id names that event or
 * that event's command), is the reference for every chain start in the database, for a start
 * whose command has later events (those are walked: what followed from the command is rooted at
 * its first event), and for an event indexed before its cause.
 */
class TrailRootsTest extends ApiTest {

    /** Every event that followed from this one, by the definition, in store order. */
    private List<Long> walked(String eventId) {
        return jdbc.queryForList("""
                with recursive effects (event_id, causation_id) as (
                    select event_id, causation_id from trail_link where event_id = ?
                    union
                    select c.event_id, c.causation_id from effects e
                    join trail_link c on c.upstream_id in (e.event_id, e.causation_id)
                )
                select l.position from effects f join trail_link l on l.event_id = f.event_id
                where l.event_id <> ? order by l.position""", Long.class, eventId, eventId);
    }

    /** Every effect the API pages out, two at a time (so the keyset is walked too). */
    private List<Long> paged(long position) {
        return paged(position, 2);
    }

    private List<Long> paged(long position, int pageSize) {
        List<Long> all = new ArrayList<>();
        String after = "";
        while (true) {
            JsonNode page = api.get("auditor", "/api/v1/audit/trail/" + position + "/effects?limit=" + pageSize + after).json();
            page.path("effects").forEach(e -> all.add(e.path("event").path("position").asLong()));
            if (page.path("nextPosition").isNull() || page.path("nextPosition").isMissingNode()) {
                return all;
            }
            after = "&afterPosition=" + page.path("nextPosition").asLong();
        }
    }

    @Test
    void everyChainStartPagesExactlyWhatTheWalkFinds() {
        TrailScenes.Receipt receipt = new TrailScenes(api).statementEntryPayingAnInvoice();
        long imported = eventually(() -> api.get("auditor", "/api/v1/audit/events?aggregateId=" + receipt.statement()
                        + "&eventType=BankStatementImportedEvent").json().path("events"), e -> e.size() > 0)
                .get(0).path("position").asLong();
        eventually(() -> paged(imported), effects -> effects.size() >= 4);

        List<Map<String, Object>> starts = jdbc.queryForList("""
                select s.event_id, s.position from trail_link s
                where s.upstream_id is null and s.root_id = s.event_id
                and exists (select 1 from trail_link r where r.root_id = s.event_id and r.event_id <> s.event_id)
                order by s.position desc limit 200""");
        assertThat(starts).as("chain starts with effects, the statement's among them")
                .anySatisfy(s -> assertThat(((Number) s.get("position")).longValue()).isEqualTo(imported));
        for (Map<String, Object> start : starts) {
            long position = ((Number) start.get("position")).longValue();
            String eventId = (String) start.get("event_id");
            // Another test's process may still be adding to its chain: compared once both agree, or
            // failing with what each said when the wait ends.
            List<List<Long>> both = eventually(() -> List.of(paged(position, 7), walked(eventId)),
                    pair -> pair.get(0).equals(pair.get(1)));
            assertThat(both.get(0)).as("effects of the event at " + position).isNotEmpty();
        }
        assertThat(jdbc.queryForObject("""
                select count(*) from trail_link l where l.root_id is null and exists (
                    select 1 from trail_link c where c.root_id is not null
                    and (c.event_id = l.upstream_id or c.causation_id = l.upstream_id))""", Long.class))
                .as("every event whose cause has a root has one").isZero();
    }

    @Test
    void laterEventsOfACommandAndEventsIndexedBeforeTheirCauseAgreeWithTheWalk() throws Exception {
        // One command (K) stored two events, S1 and S2; a deadline K set stored C, and a command
        // sent because of S2 stored D. C is stored first, before its cause exists, as a late
        // writer's would be: it waits unrooted until S1 is indexed.
        String command = UUID.randomUUID().toString();
        String s1 = UUID.randomUUID().toString();
        String s2 = UUID.randomUUID().toString();
        String c = UUID.randomUUID().toString();
        String d = UUID.randomUUID().toString();
        try (Connection connection = jdbc.getDataSource().getConnection()) {
            insert(connection, c, "{\"user\":\"system\",\"causationId\":\"" + UUID.randomUUID() + "\",\"upstreamId\":\"" + command + "\"}");
        }
        long cPosition = eventually(() -> positionOf(c), p -> p != null);
        eventually(() -> jdbc.queryForList("select event_id from trail_link where event_id = ?", String.class, c),
                rows -> rows.size() == 1);
        assertThat(jdbc.queryForObject("select root_id from trail_link where event_id = ?", String.class, c))
                .as("its cause is not indexed yet").isNull();

        try (Connection connection = jdbc.getDataSource().getConnection()) {
            connection.setAutoCommit(false);
            insert(connection, s1, "{\"user\":\"hr\",\"causationId\":\"" + command + "\"}");
            insert(connection, s2, "{\"user\":\"hr\",\"causationId\":\"" + command + "\"}");
            connection.commit();
        }
        try (Connection connection = jdbc.getDataSource().getConnection()) {
            insert(connection, d, "{\"user\":\"system\",\"causationId\":\"" + UUID.randomUUID() + "\",\"upstreamId\":\"" + s2 + "\"}");
        }
        long dPosition = eventually(() -> positionOf(d), p -> p != null);
        eventually(() -> jdbc.queryForList("select root_id from trail_link where event_id in (?, ?) and root_id is not null",
                String.class, c, d), roots -> roots.size() == 2);
        assertThat(jdbc.queryForObject("select root_id from trail_link where event_id = ?", String.class, c))
                .as("what the command's deadline stored belongs to the command's first event").isEqualTo(s1);
        assertThat(jdbc.queryForObject("select root_id from trail_link where event_id = ?", String.class, d)).isEqualTo(s2);

        long s1Position = positionOf(s1);
        long s2Position = positionOf(s2);
        assertThat(paged(s1Position)).as("the first event: the deadline's event, stored before it")
                .containsExactly(cPosition).isEqualTo(walked(s1));
        assertThat(paged(s2Position)).as("a later event of the same command: the deadline's event and its own effect")
                .containsExactly(cPosition, dPosition).isEqualTo(walked(s2));
    }

    private Long positionOf(String eventId) {
        return jdbc.queryForList("select global_index from domain_event_entry where event_identifier = ?", Long.class, eventId)
                .stream().findFirst().orElse(null);
    }

    /** An account's opening, stored behind the application's back with the metadata given. */
    private static void insert(Connection connection, String eventId, String metadata) throws Exception {
        String account = UUID.randomUUID().toString();
        EventTable.insertEvent(connection, eventId, "Account", account, 0, "AccountOpenedEvent", "1",
                "{\"accountId\":\"" + account + "\",\"number\":\"root-" + account.substring(0, 8)
                        + "\",\"name\":\"Root\",\"type\":\"ASSET\",\"currency\":\"EUR\",\"overdraftLimit\":0,\"party\":null}",
                Instant.now(), metadata);
    }
}
