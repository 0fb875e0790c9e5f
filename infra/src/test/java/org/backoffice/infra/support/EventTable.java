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
}
