package org.backoffice.command.accounting.closing.jdbc;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.backoffice.command.accounting.closing.Books;
import org.backoffice.command.accounting.closing.PeriodLocks;
import org.backoffice.command.accounting.ledger.PostingPeriods;
import org.backoffice.events.accounting.FiscalPeriodClosedEvent;
import org.backoffice.events.accounting.FiscalPeriodReopenedEvent;
import org.backoffice.events.accounting.FiscalPeriodSealedEvent;
import org.backoffice.events.accounting.FiscalYearOpenedEvent;
import org.backoffice.events.accounting.TransactionPostedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;


import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The periods as postings ask for them, and every entry's booking date, both written in the
 * transaction that stores the events (a subscribing processor, like the document numbers).
 *
 * <p>A posting takes a PostgreSQL advisory lock shared, a close takes it exclusively, each until
 * its transaction ends: a close waits until the postings that found its period open have
 * committed, and a posting that asks meanwhile waits for the close and then reads it. The lock
 * lives in PostgreSQL's lock table, not on a row, so the postings never write for it and never
 * wait for one another.
 */
@Component
@ProcessingGroup(JdbcFiscalPeriods.PROCESSING_GROUP)
public class JdbcFiscalPeriods implements PostingPeriods, PeriodLocks, org.backoffice.command.accounting.closing.FiscalYears {

    public static final String PROCESSING_GROUP = "fiscal-period-lookup";
    /** "Books" in ASCII: the advisory lock's key. */
    private static final long LOCK = 0x426F6F6B73L;
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final JdbcTemplate jdbc;

    public JdbcFiscalPeriods(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Closed(int year, int period, LocalDate from, LocalDate to, Instant since) {
    }

    @Override
    public Optional<String> refusal(LocalDate bookingDate) {
        jdbc.query("select pg_advisory_xact_lock_shared(?)", rs -> { }, LOCK);
        // The closed period the day lies in, or the first one when the day lies before the first
        // fiscal year (its entries are the opening of the first period, sealed with it).
        List<Closed> closed = jdbc.query("""
                select year, period, from_date, to_date, closed_at from fiscal_period_lookup
                where closed_at is not null and to_date >= ?
                  and (from_date <= ? or from_date = (select min(from_date) from fiscal_period_lookup))
                order by from_date limit 1""",
                (rs, i) -> new Closed(rs.getInt(1), rs.getInt(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getTimestamp(5).toInstant()), bookingDate, bookingDate);
        return closed.stream().findFirst().map(c -> (bookingDate.isBefore(c.from())
                ? bookingDate + " lies before the first fiscal year, whose first period " + Books.name(c.year(), c.period())
                : bookingDate + " lies in period " + Books.name(c.year(), c.period()) + " (" + c.from() + " to " + c.to() + ")")
                + ", closed since " + SINCE.format(c.since().atOffset(ZoneOffset.UTC))
                + ": book it into an open period (a correction of it into the first open one)");
    }

    @Override
    public LocalDate endOfFiscalYearContaining(LocalDate day) {
        List<LocalDate> end = jdbc.query("""
                select max(to_date) from fiscal_period_lookup
                where year = (select year from fiscal_period_lookup where from_date <= ? and to_date >= ? limit 1)
                having max(to_date) is not null""", (rs, i) -> rs.getObject(1, LocalDate.class), day, day);
        if (!end.isEmpty()) {
            return end.get(0);
        }
        List<LocalDate> firstStart = jdbc.query("select min(from_date) from fiscal_period_lookup having min(from_date) is not null",
                (rs, i) -> rs.getObject(1, LocalDate.class));
        if (firstStart.isEmpty()) {
            return LocalDate.of(day.getYear(), 12, 31);
        }
        LocalDate start = firstStart.get(0).withYear(day.getYear());
        if (start.isAfter(day)) {
            start = start.minusYears(1);
        }
        return start.plusYears(1).minusDays(1);
    }

    @Override
    public void lockForClosing() {
        jdbc.query("select pg_advisory_xact_lock(?)", rs -> { }, LOCK);
    }

    @EventHandler
    void on(FiscalYearOpenedEvent e) {
        for (int p = 1; p <= 12; p++) {
            jdbc.update("insert into fiscal_period_lookup (year, period, from_date, to_date) values (?, ?, ?, ?) "
                            + "on conflict do nothing", e.year(), p, e.start().plusMonths(p - 1L),
                    e.start().plusMonths(p).minusDays(1));
        }
    }

    @EventHandler
    void on(FiscalPeriodClosedEvent e, @Timestamp Instant at) {
        jdbc.update("update fiscal_period_lookup set closed_at = ? where year = ? and period = ?",
                java.sql.Timestamp.from(at), e.year(), e.period());
        // The close waits for its seal: durable, taken by the seal's own transaction.
        jdbc.update("insert into period_seal_request (closing, year, period, to_date, covers_from) values (?, ?, ?, ?, ?) "
                + "on conflict do nothing", e.closing(), e.year(), e.period(), e.to(), e.coversFrom());
    }

    @EventHandler
    void on(FiscalPeriodSealedEvent e) {
        jdbc.update("delete from period_seal_request where closing = ?", e.closing());
    }

    @EventHandler
    void on(FiscalPeriodReopenedEvent e) {
        jdbc.update("update fiscal_period_lookup set closed_at = null where year = ? and period = ?", e.year(), e.period());
        jdbc.update("delete from period_seal_request where year = ? and period = ?", e.year(), e.period());
    }

    @EventHandler
    void on(TransactionPostedEvent e) {
        jdbc.update("insert into posting_date_lookup (booking_date, transaction_id) values (?, ?) on conflict do nothing",
                e.bookingDate(), e.transactionId());
    }
}
