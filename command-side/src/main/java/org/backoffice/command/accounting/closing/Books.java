package org.backoffice.command.accounting.closing;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.backoffice.events.accounting.FiscalPeriodClosedEvent;
import org.backoffice.events.accounting.FiscalPeriodReopenedEvent;
import org.backoffice.events.accounting.FiscalPeriodSealedEvent;
import org.backoffice.events.accounting.FiscalYearClosedEvent;
import org.backoffice.events.accounting.FiscalYearOpenedEvent;
import org.backoffice.events.accounting.OpeningBalancesEnteredEvent;
import org.backoffice.events.accounting.PeriodSeal;

import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.backoffice.command.common.CommandRejectedException.conflict;
import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/**
 * The books' fiscal years and the state of their periods. One per ledger.
 *
 * <p>Fiscal years follow one another without a gap. Periods are closed in order, the earliest
 * open one first (across years): a VAT return is filed month after month, and a period's seal
 * presumes that what came before it is settled; so the closed periods are always the first ones,
 * and "closed" is one date up to which the books are fixed. For the same reason only the latest
 * closed period can be reopened, by an administrator with a reason.
 */
@Aggregate
public class Books {

    public static final UUID ID = UUID.nameUUIDFromBytes("books".getBytes(StandardCharsets.UTF_8));

    @AggregateIdentifier
    private UUID booksId;
    private final TreeMap<Integer, Year> years = new TreeMap<>();
    private long closings;

    private static final class Year {
        final LocalDate start;
        final LocalDate end;
        /** Per period (index 0 = period 1): the close it is closed by, 0 when open. */
        final long[] closedBy = new long[12];
        final boolean[] sealed = new boolean[12];
        /** Per period, the movements its current seal holds. */
        final List<List<PeriodSeal.AccountMovement>> movements = new ArrayList<>(java.util.Collections.nCopies(12, List.of()));
        boolean closed;
        List<FiscalYearClosedEvent.CarriedBalance> carriedForward = List.of();
        boolean openingBalances;

        Year(LocalDate start, LocalDate end) {
            this.start = start;
            this.end = end;
        }

        LocalDate from(int period) {
            return start.plusMonths(period - 1L);
        }

        LocalDate to(int period) {
            return start.plusMonths(period).minusDays(1);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Year y && start.equals(y.start) && end.equals(y.end)
                    && java.util.Arrays.equals(closedBy, y.closedBy) && java.util.Arrays.equals(sealed, y.sealed)
                    && movements.equals(y.movements) && closed == y.closed && carriedForward.equals(y.carriedForward)
                    && openingBalances == y.openingBalances;
        }

        @Override
        public int hashCode() {
            return start.hashCode();
        }
    }

    public Books() {
        // for Axon and loadOrCreate
    }

    public boolean exists() {
        return booksId != null;
    }

    public static String name(int year, int period) {
        return "%d/%02d".formatted(year, period);
    }

    void openYear(int year, int startMonth) {
        if (startMonth < 1 || startMonth > 12) {
            throw ruleViolated("startMonth", "must be a month from 1 to 12");
        }
        LocalDate start = LocalDate.of(year, startMonth, 1);
        if (years.containsKey(year)) {
            if (years.get(year).start.equals(start)) {
                return; // the same again: idempotent
            }
            throw conflict("year", "the fiscal year " + year + " already exists, from " + years.get(year).start);
        }
        if (!years.isEmpty()) {
            Year last = years.lastEntry().getValue();
            LocalDate next = last.end.plusDays(1);
            if (!start.equals(next)) {
                throw conflict("year", "fiscal years follow one another: the next one starts on " + next
                        + " (fiscal year " + next.getYear() + " with startMonth " + next.getMonthValue() + ")");
            }
        }
        apply(new FiscalYearOpenedEvent(ID, year, start, start.plusYears(1).minusDays(1)));
    }

    void close(int year, int period, LocalDate today) {
        Year y = year(year, period);
        if (y.closedBy[period - 1] != 0) {
            throw conflict("period " + name(year, period) + " is already closed");
        }
        firstOpen().filter(first -> !first.equals(Map.entry(year, period))).ifPresent(first -> {
            throw conflict("periods are closed in order: close " + name(first.getKey(), first.getValue())
                    + " first");
        });
        if (!today.isAfter(y.to(period))) {
            throw ruleViolated("period " + name(year, period) + " runs until " + y.to(period)
                    + ": it can be closed from " + y.to(period).plusDays(1));
        }
        boolean firstOfTheBooks = year == years.firstKey() && period == 1;
        apply(new FiscalPeriodClosedEvent(ID, year, period, y.from(period), y.to(period), closings + 1,
                firstOfTheBooks ? FiscalPeriodClosedEvent.BEGINNING : y.from(period)));
    }

    void reopen(int year, int period, String reason) {
        Year y = year(year, period);
        if (y.closed) {
            throw conflict("fiscal year " + year + " is closed: its periods cannot be reopened");
        }
        if (y.closedBy[period - 1] == 0) {
            throw conflict("period " + name(year, period) + " is open");
        }
        Map.Entry<Integer, Integer> latest = latestClosed().orElseThrow();
        if (!latest.equals(Map.entry(year, period))) {
            throw conflict("only the latest closed period can be reopened: reopen "
                    + name(latest.getKey(), latest.getValue()) + " first");
        }
        apply(new FiscalPeriodReopenedEvent(ID, year, period, reason));
    }

    /** Applies a seal to the close it was taken of; a seal of an earlier close, or a second one, changes nothing. */
    void seal(int year, int period, long closing, PeriodSeal seal) {
        Year y = year(year, period);
        if (y.closedBy[period - 1] == closing && !y.sealed[period - 1]) {
            apply(new FiscalPeriodSealedEvent(ID, year, period, closing, seal));
        }
    }

    /**
     * What closing the year needs, once it may be closed: every period closed and sealed, the year
     * before closed. movements: the year's debits and credits per account and currency from its
     * periods' seals (the books' first period's seal holds everything booked before it too);
     * carried: the balances carried into it (empty for the first year).
     */
    record YearEnd(LocalDate start, LocalDate end, Map<String, BigDecimal[]> movements,
                   List<FiscalYearClosedEvent.CarriedBalance> carried, boolean nextYearOpened) {
    }

    YearEnd yearEnd(int year) {
        Year y = years.get(year);
        if (y == null) {
            throw org.backoffice.command.common.CommandRejectedException.notFound("there is no fiscal year " + year);
        }
        if (y.closed) {
            throw conflict("fiscal year " + year + " is already closed");
        }
        Map.Entry<Integer, Year> before = years.lowerEntry(year);
        if (before != null && !before.getValue().closed) {
            throw conflict("fiscal years are closed in order: close " + before.getKey() + " first");
        }
        for (int p = 1; p <= 12; p++) {
            if (y.closedBy[p - 1] == 0) {
                throw conflict("period " + name(year, p) + " is open: close every period of the year first");
            }
            if (!y.sealed[p - 1]) {
                throw conflict("period " + name(year, p) + " is still being sealed: close the year once it is sealed");
            }
        }
        Map<String, BigDecimal[]> sums = new java.util.TreeMap<>();
        for (List<PeriodSeal.AccountMovement> period : y.movements) {
            for (PeriodSeal.AccountMovement m : period) {
                BigDecimal[] s = sums.computeIfAbsent(m.accountId() + ";" + m.currency(),
                        k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                s[0] = s[0].add(m.debits());
                s[1] = s[1].add(m.credits());
            }
        }
        return new YearEnd(y.start, y.end, sums, before == null ? List.of() : before.getValue().carriedForward,
                years.higherKey(year) != null);
    }

    void closeYear(int year, java.util.UUID profitAndLossEntry, String currency, BigDecimal result,
                   List<FiscalYearClosedEvent.CarriedBalance> carried, boolean openNext) {
        Year y = years.get(year);
        if (openNext) {
            LocalDate next = y.end.plusDays(1);
            apply(new FiscalYearOpenedEvent(ID, next.getYear(), next, next.plusYears(1).minusDays(1)));
        }
        apply(new FiscalYearClosedEvent(ID, year, profitAndLossEntry, currency, result, carried));
    }

    /** Opening balances go into the books' first fiscal year, once, while its first period is open. */
    LocalDate openingBalancesDay(int year) {
        Year y = years.get(year);
        if (y == null) {
            throw org.backoffice.command.common.CommandRejectedException.notFound("there is no fiscal year " + year);
        }
        if (year != years.firstKey()) {
            throw ruleViolated("year", "opening balances are entered in the books' first fiscal year ("
                    + years.firstKey() + "); later years' are carried forward by closing the year before");
        }
        if (y.openingBalances) {
            throw conflict("the opening balances of " + year + " were entered already: correct them with a journal entry");
        }
        return y.start;
    }

    void openingBalancesEntered(int year, java.util.UUID entryId) {
        apply(new OpeningBalancesEnteredEvent(ID, year, entryId));
    }

    private Year year(int year, int period) {
        Year y = years.get(year);
        if (y == null) {
            throw org.backoffice.command.common.CommandRejectedException.notFound("there is no fiscal year " + year);
        }
        if (period < 1 || period > 12) {
            throw org.backoffice.command.common.CommandRejectedException.notFound(
                    "fiscal year " + year + " has periods 1 to 12, not " + period);
        }
        return y;
    }

    private java.util.Optional<Map.Entry<Integer, Integer>> firstOpen() {
        for (Map.Entry<Integer, Year> y : years.entrySet()) {
            for (int p = 1; p <= 12; p++) {
                if (y.getValue().closedBy[p - 1] == 0) {
                    return java.util.Optional.of(Map.entry(y.getKey(), p));
                }
            }
        }
        return java.util.Optional.empty();
    }

    private java.util.Optional<Map.Entry<Integer, Integer>> latestClosed() {
        for (Map.Entry<Integer, Year> y : years.descendingMap().entrySet()) {
            for (int p = 12; p >= 1; p--) {
                if (y.getValue().closedBy[p - 1] != 0) {
                    return java.util.Optional.of(Map.entry(y.getKey(), p));
                }
            }
        }
        return java.util.Optional.empty();
    }

    @EventSourcingHandler
    void on(FiscalYearOpenedEvent e) {
        booksId = e.booksId();
        years.put(e.year(), new Year(e.start(), e.end()));
    }

    @EventSourcingHandler
    void on(FiscalPeriodClosedEvent e) {
        closings = e.closing();
        years.get(e.year()).closedBy[e.period() - 1] = e.closing();
    }

    @EventSourcingHandler
    void on(FiscalPeriodReopenedEvent e) {
        Year y = years.get(e.year());
        y.closedBy[e.period() - 1] = 0;
        y.sealed[e.period() - 1] = false;
        y.movements.set(e.period() - 1, List.of());
    }

    @EventSourcingHandler
    void on(FiscalPeriodSealedEvent e) {
        Year y = years.get(e.year());
        y.sealed[e.period() - 1] = true;
        y.movements.set(e.period() - 1, e.seal().accounts());
    }

    @EventSourcingHandler
    void on(FiscalYearClosedEvent e) {
        Year y = years.get(e.year());
        y.closed = true;
        y.carriedForward = e.carriedForward();
    }

    @EventSourcingHandler
    void on(OpeningBalancesEnteredEvent e) {
        years.get(e.year()).openingBalances = true;
    }
}
