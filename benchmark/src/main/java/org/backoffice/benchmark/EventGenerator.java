package org.backoffice.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes history straight into the application's event store, as the PostgreSQL superuser: far
 * faster than posting it over REST, and to the application just more events (the read models
 * catch up with them like with any other). Every row has the shape of the rows the application
 * writes: payload and metadata are copied from a real row of the same type with only ids,
 * numbers, amount and reference replaced; the hash chain is computed by the store's own trigger,
 * so /audit/integrity stays INTACT. Rows are inserted in batches, each account's sequence numbers
 * contiguous from its AccountOpenedEvent (0).
 *
 * A generated transfer is what a TRANSFER posts: TransactionPostedEvent (its own aggregate,
 * sequence 0), AccountDebitedEvent on the debit account and AccountCreditedEvent on the credit
 * account, all three with the same causation and correlation ids.
 */
final class EventGenerator implements AutoCloseable {

    private static final String EVENTS = "org.backoffice.events.accounting.";

    /** An ASSET account and its EQUITY counter account, both opened by the generator. */
    record Pair(UUID asset, UUID counter, String assetNumber, String counterNumber) {
    }

    /** A real row's columns with its variable parts replaced by @PLACEHOLDERS@. */
    private record Template(String aggregateType, String revision, String payload) {
    }

    private final Connection db;
    private Map<String, Template> templates;
    private String metaTemplate;

    EventGenerator(int pgPort) throws SQLException {
        this.db = DriverManager.getConnection("jdbc:postgresql://localhost:" + pgPort + "/postgres", "postgres", "");
        this.db.setAutoCommit(true);
    }

    long eventCount() throws SQLException {
        return queryLong("select count(*) from domain_event_entry");
    }

    long head() throws SQLException {
        return queryLong("select coalesce(max(global_index), 0) from domain_event_entry");
    }

    /** Each streaming processor's position (the lowest over its segments), from its tokens. */
    Map<String, Long> processorPositions() throws SQLException {
        Map<String, Long> positions = new LinkedHashMap<>();
        try (PreparedStatement s = db.prepareStatement(
                "select processor_name, convert_from(token, 'UTF8') from token_entry order by processor_name");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long index = -1;
                if (rs.getString(2) != null) {
                    try {
                        JsonNode token = Api.JSON.readTree(rs.getString(2));
                        JsonNode current = token.has("currentToken") ? token.get("currentToken") : token;
                        index = current.path("index").asLong(-1);
                    } catch (Exception e) {
                        index = -1;
                    }
                }
                positions.merge(rs.getString(1), index, Math::min);
            }
        }
        return positions;
    }

    /**
     * The stored events after a position that name one of these ids as their upstream: the direct
     * effects of an event (its id) and of the command that stored it (its causationId), as the
     * trail counts them, read from the event table itself rather than from the trail's index.
     */
    long eventsFollowingFrom(long after, String eventId, String causationId) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("""
                select count(*) from domain_event_entry
                where global_index > ? and convert_from(meta_data, 'UTF8')::jsonb ->> 'upstreamId' in (?, ?)""")) {
            s.setLong(1, after);
            s.setString(2, eventId);
            s.setString(3, causationId == null ? eventId : causationId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The processors' positions against the store's head, for progress lines. */
    String progress() {
        try {
            return "store head " + head() + ", processors at " + processorPositions();
        } catch (SQLException e) {
            return "(progress unavailable: " + e.getMessage() + ")";
        }
    }

    boolean hasSnapshot(UUID aggregate) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("select 1 from snapshot_event_entry where aggregate_identifier = ?")) {
            s.setString(1, aggregate.toString());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Opens every pair and gives it transfers transfers of 1.00 EUR (numbered 1..transfers).
     * Without alternate each debits the ASSET account and credits the counter account (balance
     * = transfers EUR); with alternate, odd ones do so and even ones go back (balance 0 after
     * an even number). Batches of pairsPerBatch pairs and transfersPerBatch transfers each.
     * Answers the rows inserted.
     */
    long generate(List<Pair> pairs, int transfers, boolean alternate, int pairsPerBatch, int transfersPerBatch)
            throws SQLException {
        return generate(pairs, transfers, alternate, pairsPerBatch, transfersPerBatch, java.time.LocalDate.now(), 1);
    }

    /**
     * The same, each transfer booked on one of days days from firstDay (transfer t on day
     * (t - 1) mod days), with the booking date lookup the command side writes for every entry.
     */
    long generate(List<Pair> pairs, int transfers, boolean alternate, int pairsPerBatch, int transfersPerBatch,
                  java.time.LocalDate firstDay, int days) throws SQLException {
        loadTemplates();
        long rows = 0;
        long lastReport = System.nanoTime();
        long start = lastReport;
        for (int from = 0; from < pairs.size(); from += pairsPerBatch) {
            List<Pair> batch = pairs.subList(from, Math.min(pairs.size(), from + pairsPerBatch));
            registerNumbers(batch);
            // The first batch of a pair opens its accounts; each later one continues its sequences.
            for (int done = 0; done == 0 || done < transfers; done += transfersPerBatch) {
                int last = Math.min(transfers, done + transfersPerBatch);
                rows += insertBatch(batch, done == 0, done + 1, last, alternate, firstDay, days);
                if (System.nanoTime() - lastReport > Duration.ofSeconds(5).toNanos()) {
                    double seconds = (System.nanoTime() - start) / 1e9;
                    Log.info("  generated %,d events in %.0f s (%,.0f/s)", rows, seconds, rows / seconds);
                    lastReport = System.nanoTime();
                }
                if (last >= transfers) {
                    break;
                }
            }
        }
        return rows;
    }

    /** The command side's number lookup, as the application fills it when it opens an account. */
    private void registerNumbers(List<Pair> batch) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("insert into account_number_lookup (account_number, account_id) "
                + "values (?, ?::uuid) on conflict do nothing")) {
            for (Pair p : batch) {
                s.setString(1, p.assetNumber());
                s.setString(2, p.asset().toString());
                s.addBatch();
                s.setString(1, p.counterNumber());
                s.setString(2, p.counter().toString());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private long insertBatch(List<Pair> batch, boolean openings, int firstTransfer, int lastTransfer, boolean alternate,
                             java.time.LocalDate firstDay, int days) throws SQLException {
        Template opened = templates.get("AccountOpenedEvent");
        Template posted = templates.get("TransactionPostedEvent");
        Template debited = templates.get("AccountDebitedEvent");
        Template credited = templates.get("AccountCreditedEvent");
        String sql = """
                with pairs as (
                    select asset, counter, asset_number, counter_number, ord
                    from unnest(?::text[], ?::text[], ?::text[], ?::text[])
                         with ordinality as p(asset, counter, asset_number, counter_number, ord)
                ),
                openings as (
                    select ord, 0 as t, k as leg,
                           case k when 0 then asset else counter end as aggregate, 0::bigint as seq,
                           %s as aggregate_type, %s as payload_type, %s as revision,
                           replace(replace(replace(replace(%s,
                               '@ACCOUNT@', case k when 0 then asset else counter end),
                               '@NUMBER@', case k when 0 then asset_number else counter_number end),
                               '@NAME@', case k when 0 then 'Generated asset ' else 'Generated counter ' end
                                         || case k when 0 then asset_number else counter_number end),
                               '@TYPE@', case k when 0 then 'ASSET' else 'EQUITY' end) as payload,
                           gen_random_uuid()::text as causation, gen_random_uuid()::text as correlation
                    from pairs cross join (values (0), (1)) as legs(k)
                    where ?
                ),
                transfers as materialized (
                    select ord, t, gen_random_uuid()::text as tx,
                           gen_random_uuid()::text as causation, gen_random_uuid()::text as correlation,
                           case when ? and t %% 2 = 0 then counter else asset end as debit,
                           case when ? and t %% 2 = 0 then asset else counter end as credit,
                           (?::date + ((t - 1) %% ?)) as day
                    from pairs cross join generate_series(?, ?) as t
                ),
                lookup as (
                    insert into posting_date_lookup (booking_date, transaction_id)
                    select day, tx::uuid from transfers on conflict do nothing
                ),
                events as (
                    select * from openings
                    union all
                    select ord, t, 2, tx, 0::bigint, %s, %s, %s,
                           replace(replace(replace(replace(replace(%s, '@TX@', tx), '@DEBIT@', debit), '@CREDIT@', credit),
                                   '@REFERENCE@', 'generated ' || t), '@DATE@', day::text),
                           causation, correlation
                    from transfers
                    union all
                    select ord, t, 3, debit, t::bigint, %s, %s, %s,
                           replace(replace(replace(%s, '@ACCOUNT@', debit), '@TX@', tx), '@REFERENCE@', 'generated ' || t),
                           causation, correlation
                    from transfers
                    union all
                    select ord, t, 4, credit, t::bigint, %s, %s, %s,
                           replace(replace(replace(%s, '@ACCOUNT@', credit), '@TX@', tx), '@REFERENCE@', 'generated ' || t),
                           causation, correlation
                    from transfers
                )
                insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                                payload_type, payload_revision, payload, meta_data)
                select gen_random_uuid()::text, aggregate, seq, aggregate_type,
                       to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                       payload_type, revision, convert_to(payload, 'UTF8'),
                       convert_to(replace(replace(%s, '@CAUSATION@', causation), '@CORRELATION@', correlation), 'UTF8')
                from events
                order by ord, t, leg
                """.formatted(
                literal(opened.aggregateType()), literal(EVENTS + "AccountOpenedEvent"), literal(opened.revision()),
                literal(opened.payload()),
                literal(posted.aggregateType()), literal(EVENTS + "TransactionPostedEvent"), literal(posted.revision()),
                literal(posted.payload()),
                literal(debited.aggregateType()), literal(EVENTS + "AccountDebitedEvent"), literal(debited.revision()),
                literal(debited.payload()),
                literal(credited.aggregateType()), literal(EVENTS + "AccountCreditedEvent"), literal(credited.revision()),
                literal(credited.payload()),
                literal(metaTemplate));
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setArray(1, textArray(batch.stream().map(p -> p.asset().toString()).toArray()));
            s.setArray(2, textArray(batch.stream().map(p -> p.counter().toString()).toArray()));
            s.setArray(3, textArray(batch.stream().map(Pair::assetNumber).toArray()));
            s.setArray(4, textArray(batch.stream().map(Pair::counterNumber).toArray()));
            s.setBoolean(5, openings);
            s.setBoolean(6, alternate);
            s.setBoolean(7, alternate);
            s.setObject(8, firstDay);
            s.setInt(9, days);
            s.setInt(10, firstTransfer);
            s.setInt(11, lastTransfer);
            return s.executeUpdate();
        }
    }

    private Array textArray(Object[] values) throws SQLException {
        return db.createArrayOf("text", values);
    }

    /**
     * Copies the newest real row of each accounting event type, replacing what varies. The
     * application must have stored one of each (any completed transfer does).
     */
    private void loadTemplates() throws SQLException {
        if (templates != null) {
            return;
        }
        templates = new LinkedHashMap<>();
        Template opened = realRow("AccountOpenedEvent", p -> {
            p.put("accountId", "@ACCOUNT@").put("number", "@NUMBER@").put("name", "@NAME@").put("type", "@TYPE@")
                    .put("currency", "EUR").putNull("party");
            p.putObject("overdraftLimit").put("amount", "0.00").put("currency", "EUR");
        });
        templates.put("AccountOpenedEvent", opened);
        templates.put("TransactionPostedEvent", realRow("TransactionPostedEvent", p -> {
            p.put("transactionId", "@TX@").put("kind", "TRANSFER").putNull("documentNumber")
                    .put("documentDate", "@DATE@").put("bookingDate", "@DATE@")
                    .put("text", "@REFERENCE@").putNull("reversalOf");
            var legs = p.putArray("legs");
            for (String side : List.of("DEBIT", "CREDIT")) {
                var leg = legs.addObject().put("accountId", side.equals("DEBIT") ? "@DEBIT@" : "@CREDIT@").put("side", side);
                leg.putObject("amount").put("amount", "1.00").put("currency", "EUR");
                leg.putNull("taxCode").putNull("taxRole");
            }
        }));
        for (String leg : List.of("AccountDebitedEvent", "AccountCreditedEvent")) {
            templates.put(leg, realRow(leg, p -> {
                p.put("accountId", "@ACCOUNT@").put("transactionId", "@TX@").put("reference", "@REFERENCE@");
                money(p);
            }));
        }
    }

    private static void money(ObjectNode payload) {
        payload.putObject("amount").put("amount", "1.00").put("currency", "EUR");
    }

    private interface PayloadEdit {
        void apply(ObjectNode payload);
    }

    private Template realRow(String eventType, PayloadEdit edit) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("select type, payload_revision, convert_from(payload, 'UTF8'), "
                + "convert_from(meta_data, 'UTF8') from domain_event_entry where payload_type = ? "
                + "order by global_index desc limit 1")) {
            s.setString(1, EVENTS + eventType);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no " + eventType + " in the store to copy the shape of");
                }
                ObjectNode payload = (ObjectNode) Api.JSON.readTree(rs.getString(3));
                edit.apply(payload);
                if (metaTemplate == null) {
                    ObjectNode meta = (ObjectNode) Api.JSON.readTree(rs.getString(4));
                    meta.put("causationId", "@CAUSATION@").put("correlationId", "@CORRELATION@").put("user", "bench");
                    metaTemplate = Api.JSON.writeValueAsString(meta);
                }
                return new Template(rs.getString(1), rs.getString(2), Api.JSON.writeValueAsString(payload));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot read a stored " + eventType, e);
            }
        }
    }

    /** PostgreSQL's plan of a query as it ran (EXPLAIN ANALYZE with buffers), one line per node. */
    String explain(String sql) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement s = db.prepareStatement("explain (analyze, buffers, costs off, timing off) " + sql);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                plan.append(rs.getString(1).strip()).append("; ");
            }
        }
        return plan.toString();
    }

    private long queryLong(String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String literal(String value) {
        return value == null ? "null" : "'" + value.replace("'", "''") + "'";
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
