package org.backoffice.infra.support;

import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the event table itself says, computed in SQL from the stored payloads, independently of
 * the application's projections: the reference the read models are checked against.
 */
public final class EventTable {

    private EventTable() {
    }

    /** An account's balance as the fold of its debit (+) and credit (-) events. */
    public static BigDecimal foldedBalance(JdbcTemplate jdbc, String accountId) {
        return jdbc.queryForObject("""
                select coalesce(sum(case when payload_type like '%.AccountDebitedEvent' then 1 else -1 end
                                    * (convert_from(payload, 'UTF8')::jsonb -> 'amount' ->> 'amount')::numeric), 0)
                from domain_event_entry where aggregate_identifier = ?
                and (payload_type like '%.AccountDebitedEvent' or payload_type like '%.AccountCreditedEvent')""",
                BigDecimal.class, accountId);
    }

    /** Aggregates whose sequence numbers do not run 0, 1, 2... without a hole or a repeat. */
    public static List<String> brokenStreams(JdbcTemplate jdbc) {
        return jdbc.queryForList("select aggregate_identifier from domain_event_entry group by aggregate_identifier "
                + "having max(sequence_number) + 1 <> count(*) or min(sequence_number) <> 0", String.class);
    }

    /**
     * Writes an account event row as the application would (behind its back: for stored fixtures,
     * late writers and gaps), through the chain trigger, on the given connection and its
     * transaction.
     */
    public static void insertAccountEvent(java.sql.Connection c, String accountId, long sequence, String eventType,
                                          String revision, String payload, java.time.Instant at) throws java.sql.SQLException {
        insertEvent(c, "Account", accountId, sequence, eventType, revision, payload, at);
    }

    /** An accounting event of any aggregate type (Account, LedgerTransaction), stored as given. */
    public static void insertEvent(java.sql.Connection c, String aggregateType, String aggregateId, long sequence,
                                   String eventType, String revision, String payload, java.time.Instant at)
            throws java.sql.SQLException {
        insertEvent(c, java.util.UUID.randomUUID().toString(), aggregateType, aggregateId, sequence, eventType, revision,
                payload, at, "{\"user\":\"accounting\",\"correlationId\":\"" + java.util.UUID.randomUUID()
                        + "\",\"causationId\":\"" + java.util.UUID.randomUUID() + "\"}");
    }

    /** The same with the event's id and metadata given (a cause, an upstream id). */
    public static void insertEvent(java.sql.Connection c, String eventId, String aggregateType, String aggregateId,
                                   long sequence, String eventType, String revision, String payload, java.time.Instant at,
                                   String metadata) throws java.sql.SQLException {
        try (java.sql.PreparedStatement s = c.prepareStatement("""
                insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                                payload_type, payload_revision, payload, meta_data)
                values (?, ?, ?, ?, ?, ?, ?, convert_to(?, 'UTF8'), convert_to(?, 'UTF8'))""")) {
            s.setString(1, eventId);
            s.setString(2, aggregateId);
            s.setLong(3, sequence);
            s.setString(4, aggregateType);
            s.setString(5, at.toString());
            s.setString(6, "org.backoffice.events.accounting." + eventType);
            s.setString(7, revision);
            s.setString(8, payload);
            s.setString(9, metadata);
            s.executeUpdate();
        }
    }
}
