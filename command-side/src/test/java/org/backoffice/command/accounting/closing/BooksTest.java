package org.backoffice.command.accounting.closing;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.backoffice.command.common.CommandRejectedException;
import org.backoffice.events.accounting.FiscalPeriodClosedEvent;
import org.backoffice.events.accounting.FiscalPeriodReopenedEvent;
import org.backoffice.events.accounting.FiscalPeriodSealedEvent;
import org.backoffice.events.accounting.FiscalYearOpenedEvent;
import org.backoffice.events.accounting.PeriodSeal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of fiscal years and the order of closing and reopening their periods. */
class BooksTest {

    private AggregateTestFixture<Books> fixture;
    private final List<String> locks = new ArrayList<>();
    private long sequence;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Books.class);
        Clock today = Clock.fixed(LocalDate.of(2026, 3, 15).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        fixture.registerAnnotatedCommandHandler(new BooksHandler(fixture.getRepository(), () -> locks.add("close"), today));
        sequence = 0;
    }

    private GenericDomainEventMessage<Object> stored(Object event) {
        return new GenericDomainEventMessage<>("Books", Books.ID.toString(), sequence++, event);
    }

    private static FiscalYearOpenedEvent year(int year) {
        return new FiscalYearOpenedEvent(Books.ID, year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private static FiscalPeriodClosedEvent closed(int year, int period, long closing) {
        LocalDate from = LocalDate.of(year, period, 1);
        return new FiscalPeriodClosedEvent(Books.ID, year, period, from, from.plusMonths(1).minusDays(1), closing,
                closing == 1 ? FiscalPeriodClosedEvent.BEGINNING : from);
    }

    private static final PeriodSeal SEAL = new PeriodSeal(7, "h", 1, List.of(), "t", List.of(), "j", 0, List.of(), "v",
            List.of(), BigDecimal.ZERO);

    @Test
    void aYearStartsOnTheFirstOfAMonthAndTheNextOneTheDayAfterItEnds() {
        fixture.givenNoPriorActivity()
                .when(new BooksCommands.OpenFiscalYear(2025, 7))
                .expectEvents(new FiscalYearOpenedEvent(Books.ID, 2025, LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30)));
        fixture.given(stored(year(2025)))
                .when(new BooksCommands.OpenFiscalYear(2027, 1))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("fiscal years follow one another: the next one starts on 2026-01-01 "
                        + "(fiscal year 2026 with startMonth 1)");
        setUp();
        fixture.given(stored(year(2025)))
                .when(new BooksCommands.OpenFiscalYear(2025, 1)).expectNoEvents().expectSuccessfulHandlerExecution();
        setUp();
        fixture.given(stored(year(2025)))
                .when(new BooksCommands.OpenFiscalYear(2025, 4)).expectException(CommandRejectedException.class).expectNoEvents();
    }

    @Test
    void periodsCloseInOrderAcrossYearsAndOnlyOnceEnded() {
        fixture.given(stored(year(2025)), stored(year(2026)))
                .when(new BooksCommands.ClosePeriod(2025, 1))
                .expectEvents(closed(2025, 1, 1));
        assertThat(locks).containsExactly("close");
        setUp();
        fixture.given(stored(year(2025)), stored(year(2026)))
                .when(new BooksCommands.ClosePeriod(2026, 1))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("periods are closed in order: close 2025/01 first");
        setUp();
        List<Object> all2025 = new ArrayList<>(List.of(stored(year(2025)), stored(year(2026))));
        for (int p = 1; p <= 12; p++) {
            all2025.add(stored(closed(2025, p, p)));
        }
        fixture.given(all2025.toArray())
                .when(new BooksCommands.ClosePeriod(2026, 2))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("periods are closed in order: close 2026/01 first");
        // Today is 2026-03-15: March has not ended.
        setUp();
        all2025 = new ArrayList<>(List.of(stored(year(2025)), stored(year(2026))));
        for (int p = 1; p <= 12; p++) {
            all2025.add(stored(closed(2025, p, p)));
        }
        all2025.add(stored(closed(2026, 1, 13)));
        all2025.add(stored(closed(2026, 2, 14)));
        fixture.given(all2025.toArray())
                .when(new BooksCommands.ClosePeriod(2026, 3))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("period 2026/03 runs until 2026-03-31: it can be closed from 2026-04-01");
    }

    @Test
    void onlyTheLatestClosedPeriodIsReopenedAndItsSealIsVoid() {
        fixture.given(stored(year(2025)), stored(closed(2025, 1, 1)), stored(closed(2025, 2, 2)))
                .when(new BooksCommands.ReopenPeriod(2025, 1, "audit"))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("only the latest closed period can be reopened: reopen 2025/02 first");
        setUp();
        fixture.given(stored(year(2025)), stored(closed(2025, 1, 1)), stored(closed(2025, 2, 2)))
                .when(new BooksCommands.ReopenPeriod(2025, 2, "late invoice"))
                .expectEvents(new FiscalPeriodReopenedEvent(Books.ID, 2025, 2, "late invoice"));
        setUp();
        fixture.given(stored(year(2025)))
                .when(new BooksCommands.ReopenPeriod(2025, 1, "x"))
                .expectException(CommandRejectedException.class).expectExceptionMessage("period 2025/01 is open");
    }

    @Test
    void aSealIsAppliedToItsOwnCloseOnceAndNeverToALaterOne() {
        fixture.given(stored(year(2025)), stored(closed(2025, 1, 1)))
                .when(new BooksCommands.SealPeriod(2025, 1, 1, SEAL))
                .expectEvents(new FiscalPeriodSealedEvent(Books.ID, 2025, 1, 1, SEAL));
        setUp();
        fixture.given(stored(year(2025)), stored(closed(2025, 1, 1)), stored(new FiscalPeriodSealedEvent(Books.ID, 2025, 1, 1, SEAL)))
                .when(new BooksCommands.SealPeriod(2025, 1, 1, SEAL)).expectNoEvents();
        setUp();
        // Reopened and closed again (close 2): the seal of close 1 no longer applies.
        fixture.given(stored(year(2025)), stored(closed(2025, 1, 1)),
                        stored(new FiscalPeriodReopenedEvent(Books.ID, 2025, 1, "x")), stored(closed(2025, 1, 2)))
                .when(new BooksCommands.SealPeriod(2025, 1, 1, SEAL)).expectNoEvents();
    }

    @Test
    void theFirstPeriodOfTheBooksSealsEverythingBookedBeforeIt() {
        fixture.given(stored(year(2025)), stored(year(2026)), stored(closed(2025, 1, 1)))
                .when(new BooksCommands.ClosePeriod(2025, 2))
                .expectEvents(new FiscalPeriodClosedEvent(Books.ID, 2025, 2, LocalDate.of(2025, 2, 1),
                        LocalDate.of(2025, 2, 28), 2, LocalDate.of(2025, 2, 1)));
    }

    @Test
    void yearsCloseInOrderAndOnlyWithEveryPeriodSealed() {
        List<Object> given = new ArrayList<>(List.of(stored(year(2025)), stored(year(2026))));
        for (int p = 1; p <= 12; p++) {
            given.add(stored(closed(2025, p, p)));
            given.add(stored(new FiscalPeriodSealedEvent(Books.ID, 2025, p, p, SEAL)));
        }
        for (int p = 1; p <= 12; p++) {
            given.add(stored(closed(2026, p, 12 + p)));
            given.add(stored(new FiscalPeriodSealedEvent(Books.ID, 2026, p, 12 + p, SEAL)));
        }
        fixture.given(given.toArray())
                .when(new BooksCommands.CloseFiscalYear(2026))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("fiscal years are closed in order: close 2025 first");
        setUp();
        List<Object> unsealed = new ArrayList<>(List.of(stored(year(2025))));
        for (int p = 1; p <= 12; p++) {
            unsealed.add(stored(closed(2025, p, p)));
            if (p < 12) {
                unsealed.add(stored(new FiscalPeriodSealedEvent(Books.ID, 2025, p, p, SEAL)));
            }
        }
        fixture.given(unsealed.toArray())
                .when(new BooksCommands.CloseFiscalYear(2025))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("period 2025/12 is still being sealed: close the year once it is sealed");
    }
}
