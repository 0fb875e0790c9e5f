package org.backoffice.command.hr.employment;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.backoffice.command.common.CommandRejectedException;
import org.backoffice.command.hr.InMemoryVault;
import org.backoffice.command.hr.employment.Commands.RecordDisciplinaryActionCommand;
import org.backoffice.command.hr.employment.Commands.TerminateEmployeeCommand;
import org.backoffice.command.hr.employment.Commands.WithdrawDisciplinaryActionCommand;
import org.backoffice.events.common.Money;
import org.backoffice.events.hr.DisciplinaryActionRecordedEvent;
import org.backoffice.events.hr.DisciplinaryActionWithdrawnEvent;
import org.backoffice.events.hr.DisciplinaryLevel;
import org.backoffice.events.hr.EmployeeHiredEvent;
import org.backoffice.events.hr.EmployeeTerminatedEvent;
import org.backoffice.events.hr.RetentionClass;
import org.backoffice.events.hr.SealedPersonalData;
import org.backoffice.events.hr.TerminationGrounds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The disciplinary record of an employee: its dates, expiry, withdrawal, and a termination for conduct. */
class DisciplinaryRecordTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final UUID ID = UUID.randomUUID();
    private final InMemoryVault vault = new InMemoryVault();
    private AggregateTestFixture<Employee> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Employee.class);
        fixture.registerInjectableResource(Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        fixture.registerInjectableResource(vault);
        fixture.registerInjectableResource(new DisciplineSettings(12));
    }

    private static EmployeeHiredEvent hired() {
        return new EmployeeHiredEvent(ID, null, new SealedPersonalData("f", "l", "e"), "Finance", "Accountant", START,
                Money.of("4000", "EUR"), null);
    }

    private DisciplinaryActionRecordedEvent warning(UUID action, DisciplinaryLevel level, LocalDate date, LocalDate expiresOn) {
        return new DisciplinaryActionRecordedEvent(ID, action, level, null, date, vault.seal(ID, RetentionClass.HR_FILE, "late"),
                expiresOn);
    }

    @Test
    void theReasonIsSealedUnderTheHrFileKeyAndTheExpiryIsFixedFromTheSetting() {
        UUID action = UUID.randomUUID();
        fixture.given(hired())
                .when(new RecordDisciplinaryActionCommand(ID, action, DisciplinaryLevel.WRITTEN_WARNING, "late again", TODAY))
                .expectEvents(new DisciplinaryActionRecordedEvent(ID, action, DisciplinaryLevel.WRITTEN_WARNING, null, TODAY,
                        "sealed:" + ID + ":HR_FILE:late again", TODAY.plusMonths(12)));
        vault.shred(ID, RetentionClass.HR_FILE);
        assertThat(vault.open(ID, "sealed:" + ID + ":HR_FILE:late again")).isEmpty();
    }

    @Test
    void noActionDatedInTheFutureOrBeforeTheStartDate() {
        fixture.given(hired())
                .when(new RecordDisciplinaryActionCommand(ID, UUID.randomUUID(), DisciplinaryLevel.VERBAL_WARNING, "x",
                        TODAY.plusDays(1)))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("a disciplinary action cannot be dated in the future (2026-11-27, today is 2026-11-26)")
                .expectNoEvents();
        fixture.given(hired())
                .when(new RecordDisciplinaryActionCommand(ID, UUID.randomUUID(), DisciplinaryLevel.VERBAL_WARNING, "x",
                        START.minusDays(1)))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("a disciplinary action cannot be dated before the start date " + START)
                .expectNoEvents();
    }

    @Test
    void anActionIsWithdrawnOnceWithASealedReason() {
        UUID action = UUID.randomUUID();
        var recorded = warning(action, DisciplinaryLevel.WRITTEN_WARNING, TODAY, TODAY.plusMonths(12));
        fixture.given(hired(), recorded)
                .when(new WithdrawDisciplinaryActionCommand(ID, action, "a misunderstanding"))
                .expectEvents(new DisciplinaryActionWithdrawnEvent(ID, action, "sealed:" + ID + ":HR_FILE:a misunderstanding", TODAY));
        fixture.given(hired(), recorded, new DisciplinaryActionWithdrawnEvent(ID, action, "s", TODAY))
                .when(new WithdrawDisciplinaryActionCommand(ID, action, "again"))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("disciplinary action " + action + " is already withdrawn")
                .expectNoEvents();
    }

    @Test
    void withdrawingAnUnknownActionIsNotFound() {
        UUID unknown = UUID.randomUUID();
        fixture.given(hired())
                .when(new WithdrawDisciplinaryActionCommand(ID, unknown, "never was"))
                .expectException(CommandRejectedException.class)
                .expectException(new org.hamcrest.CustomTypeSafeMatcher<CommandRejectedException>("a rejection as not found") {
                    @Override
                    protected boolean matchesSafely(CommandRejectedException e) {
                        return e.reason() == CommandRejectedException.Reason.NOT_FOUND;
                    }
                })
                .expectExceptionMessage("employee " + ID + " has no disciplinary action " + unknown)
                .expectNoEvents();
    }

    @Test
    void aTerminationForConductNeedsAnActiveWrittenOrFinalWarningOnTheLastDay() {
        LocalDate lastDay = LocalDate.of(2026, 12, 31);
        UUID action = UUID.randomUUID();
        fixture.given(hired())
                .when(new TerminateEmployeeCommand(ID, lastDay, "theft", TerminationGrounds.CONDUCT))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("a termination for conduct needs an active written or final warning on 2026-12-31 "
                        + "(neither withdrawn nor expired): employee " + ID + " has none")
                .expectNoEvents();
        // a talk is no Abmahnung
        fixture.given(hired(), warning(action, DisciplinaryLevel.VERBAL_WARNING, TODAY, TODAY.plusMonths(12)))
                .when(new TerminateEmployeeCommand(ID, lastDay, "theft", TerminationGrounds.CONDUCT))
                .expectException(CommandRejectedException.class).expectNoEvents();
        fixture.given(hired(), warning(action, DisciplinaryLevel.FINAL_WARNING, TODAY, TODAY.plusMonths(12)))
                .when(new TerminateEmployeeCommand(ID, lastDay, "theft", TerminationGrounds.CONDUCT))
                .expectEvents(new EmployeeTerminatedEvent(ID, lastDay, "theft", TerminationGrounds.CONDUCT));
    }

    @Test
    void aWithdrawnWarningDoesNotCountForATerminationForConduct() {
        UUID action = UUID.randomUUID();
        fixture.given(hired(), warning(action, DisciplinaryLevel.WRITTEN_WARNING, TODAY, TODAY.plusMonths(12)),
                        new DisciplinaryActionWithdrawnEvent(ID, action, "s", TODAY))
                .when(new TerminateEmployeeCommand(ID, LocalDate.of(2026, 12, 31), "theft", TerminationGrounds.CONDUCT))
                .expectException(CommandRejectedException.class).expectNoEvents();
    }

    @Test
    void anExpiredWarningDoesNotCountButTheExpiryRecordedStaysWhateverTheSetting() {
        UUID action = UUID.randomUUID();
        // recorded when the validity was 6 months: expired on 2026-06-01 although the setting is now 12
        LocalDate date = LocalDate.of(2025, 12, 1);
        fixture.given(hired(), warning(action, DisciplinaryLevel.WRITTEN_WARNING, date, date.plusMonths(6)))
                .when(new TerminateEmployeeCommand(ID, LocalDate.of(2026, 6, 1), "theft", TerminationGrounds.CONDUCT))
                .expectException(CommandRejectedException.class).expectNoEvents();
        fixture.given(hired(), warning(action, DisciplinaryLevel.WRITTEN_WARNING, date, date.plusMonths(6)))
                .when(new TerminateEmployeeCommand(ID, LocalDate.of(2026, 5, 31), "theft", TerminationGrounds.CONDUCT))
                .expectEvents(new EmployeeTerminatedEvent(ID, LocalDate.of(2026, 5, 31), "theft", TerminationGrounds.CONDUCT));
    }

    @Test
    void anOldWarningWithoutExpiryCountsForTheDefaultTwentyFourMonths() {
        UUID action = UUID.randomUUID();
        LocalDate date = LocalDate.of(2024, 12, 1);
        var old = new DisciplinaryActionRecordedEvent(ID, action, DisciplinaryLevel.WRITTEN_WARNING, "late in plain text", date);
        fixture.given(hired(), old)
                .when(new TerminateEmployeeCommand(ID, LocalDate.of(2026, 11, 30), "theft", TerminationGrounds.CONDUCT))
                .expectEvents(new EmployeeTerminatedEvent(ID, LocalDate.of(2026, 11, 30), "theft", TerminationGrounds.CONDUCT));
        fixture.given(hired(), old)
                .when(new TerminateEmployeeCommand(ID, LocalDate.of(2026, 12, 1), "theft", TerminationGrounds.CONDUCT))
                .expectException(CommandRejectedException.class).expectNoEvents();
    }

    @Test
    void otherGroundsNeedNoWarning() {
        LocalDate lastDay = LocalDate.of(2026, 12, 31);
        fixture.given(hired())
                .when(new TerminateEmployeeCommand(ID, lastDay, "restructuring", TerminationGrounds.OPERATIONAL))
                .expectEvents(new EmployeeTerminatedEvent(ID, lastDay, "restructuring", TerminationGrounds.OPERATIONAL));
    }
}
