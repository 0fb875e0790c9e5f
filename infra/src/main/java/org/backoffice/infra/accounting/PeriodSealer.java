package org.backoffice.infra.accounting;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.backoffice.command.accounting.closing.BooksCommands;
import org.backoffice.events.accounting.FiscalPeriodClosedEvent;
import org.backoffice.events.accounting.PeriodSeal;
import org.backoffice.query.accounting.closing.PeriodDigests;
import org.backoffice.query.audit.AuditLog;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Seals the closed periods waiting for their seal (period_seal_request, written in each close's
 * transaction), run every second by a recurring db-scheduler task: durable (a close made before a
 * crash is sealed after the restart) and on one instance at a time. Not a streaming processor:
 * closes are rare, and a processor would read every event of the store to find them.
 *
 * <p>The seal's position is the close's own event: every entry dated in the period was stored
 * before it (the close waits for the postings in flight). The chain heads at that position are
 * final only once no writer can still fill a gap below it (a transaction that took a lower
 * position and has not committed yet), so a close is sealed only after that; until then it waits
 * for the next round.
 */
public class PeriodSealer {

    private static final String BOOKS = UUID.nameUUIDFromBytes("books".getBytes(StandardCharsets.UTF_8)).toString();
    private final CommandGateway commands;
    private final PeriodDigests digests;
    private final AuditLog log;
    private final JdbcTemplate jdbc;

    PeriodSealer(CommandGateway commands, PeriodDigests digests, AuditLog log, JdbcTemplate jdbc) {
        this.commands = commands;
        this.digests = digests;
        this.log = log;
        this.jdbc = jdbc;
    }

    private record Request(long closing, int year, int period, LocalDate to, LocalDate coversFrom) {
    }

    /** Seals every close waiting whose position is settled; answers how many. */
    public int sealDue() {
        List<Request> due = jdbc.query("select closing, year, period, to_date, covers_from from period_seal_request "
                + "order by closing", (rs, i) -> new Request(rs.getLong(1), rs.getInt(2), rs.getInt(3),
                rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)));
        int sealed = 0;
        for (Request r : due) {
            List<Long> position = jdbc.queryForList("""
                    select global_index from domain_event_entry
                    where aggregate_identifier = ? and payload_type = ?
                      and (convert_from(payload, 'UTF8')::jsonb ->> 'closing')::bigint = ?""", Long.class, BOOKS,
                    FiscalPeriodClosedEvent.class.getName(), r.closing());
            if (position.isEmpty() || log.safeHorizon(0) < position.get(0)) {
                return sealed; // not visible or not settled yet: the next round
            }
            PeriodSeal seal = digests.take(r.coversFrom(), r.to(), position.get(0));
            commands.sendAndWait(new BooksCommands.SealPeriod(r.year(), r.period(), r.closing(), seal));
            sealed++;
        }
        return sealed;
    }
}
