package org.backoffice.command.hr.employment;

import org.backoffice.command.hr.InMemoryVault;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.backoffice.command.common.CommandRejectedException;
import org.backoffice.command.hr.employment.Commands.ChangeSalaryCommand;
import org.backoffice.command.hr.employment.Commands.ErasePersonalDataCommand;
import org.backoffice.command.hr.employment.Commands.RecordDisciplinaryActionCommand;
import org.backoffice.command.hr.employment.Commands.TerminateEmployeeCommand;
import org.backoffice.command.hr.employment.Commands.TransferEmployeeCommand;
import org.backoffice.events.common.Money;
import org.backoffice.events.hr.DisciplinaryActionRecordedEvent;
import org.backoffice.events.hr.DisciplinaryLevel;
import org.backoffice.events.hr.EmployeeHiredEvent;
import org.backoffice.events.hr.EmployeePersonalDataErasedEvent;
import org.backoffice.events.hr.EmployeeTerminatedEvent;
import org.backoffice.events.hr.EmployeeTransferredEvent;
import org.backoffice.events.hr.SalaryChangedEvent;
import org.backoffice.events.hr.SealedPersonalData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EmployeeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final UUID ID = UUID.randomUUID();
    private static final UUID MANAGER = UUID.randomUUID();
    private static final UUID GONE = UUID.randomUUID();
    private static final Money SALARY = Money.of("4000", "EUR");
    private final InMemoryVault vault = new InMemoryVault();
    private AggregateTestFixture<Employee> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Employee.class);
        fixture.registerInjectableResource(Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        fixture.registerInjectableResource(new InMemoryEmployeeDirectory()
                .add(ID, LocalDate.of(2026, 1, 1), null, "ada@example.com", SALARY)
                .add(MANAGER, LocalDate.of(2020, 1, 1), null, "boss@example.com", SALARY)
                .add(GONE, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 3, 31), "gone@example.com", SALARY));
        fixture.registerInjectableResource(vault);
        fixture.registerInjectableResource(new org.backoffice.command.hr.RetentionSettings(3, 10));
        fixture.registerInjectableResource(new DisciplineSettings(24));
        fixture.registerInjectableResource((org.backoffice.command.accounting.closing.FiscalYears) day -> LocalDate.of(day.getYear(), 12, 31));
    }

    private static java.util.List<org.backoffice.events.hr.PlannedErasure> plan(LocalDate lastDay) {
        return new org.backoffice.command.hr.RetentionSettings(3, 10).plan(lastDay, null, day -> LocalDate.of(day.getYear(), 12, 31));
    }

    private static EmployeeHiredEvent hired() {
        return new EmployeeHiredEvent(ID, null, new SealedPersonalData("f", "l", "e"), "Finance", "Accountant",
                LocalDate.of(2026, 1, 1), SALARY, null);
    }

    @Test
    void transfersToAnotherDepartmentWithAnActiveManager() {
        fixture.given(hired())
                .when(new TransferEmployeeCommand(ID, "IT", "Engineer", MANAGER, LocalDate.of(2026, 12, 1)))
                .expectEvents(new EmployeeTransferredEvent(ID, "IT", "Engineer", MANAGER, LocalDate.of(2026, 12, 1)));
    }

    @Test
    void anEmployeeCannotManageThemselves() {
        fixture.given(hired())
                .when(new TransferEmployeeCommand(ID, "IT", "Engineer", ID, TODAY))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("an employee cannot manage themselves");
    }

    @Test
    void theManagerMustBeAnActiveEmployee() {
        fixture.given(hired())
                .when(new TransferEmployeeCommand(ID, "IT", "Engineer", GONE, TODAY))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("the manager " + GONE + " is not an active employee");
    }

    @Test
    void anUnknownManagerIsRefused() {
        fixture.given(hired())
                .when(new TransferEmployeeCommand(ID, "IT", "Engineer", UUID.randomUUID(), TODAY))
                .expectException(CommandRejectedException.class).expectNoEvents();
    }

    @Test
    void aTerminatedEmployeeCannotBeTransferred() {
        fixture.given(hired(), new EmployeeTerminatedEvent(ID, LocalDate.of(2026, 6, 30), "left"))
                .when(new TransferEmployeeCommand(ID, "IT", "Engineer", null, TODAY))
                .expectException(CommandRejectedException.class).expectNoEvents();
    }

    @Test
    void changesTheSalaryFromADate() {
        fixture.given(hired())
                .when(new ChangeSalaryCommand(ID, Money.of("4500", "EUR"), LocalDate.of(2026, 12, 1)))
                .expectEvents(new SalaryChangedEvent(ID, Money.of("4500", "EUR"), LocalDate.of(2026, 12, 1)));
    }

    @Test
    void aSalaryMustBePositive() {
        fixture.given(hired())
                .when(new ChangeSalaryCommand(ID, Money.of("0", "EUR"), LocalDate.of(2026, 12, 1)))
                .expectException(CommandRejectedException.class).expectNoEvents();
    }

    @Test
    void aSalaryChangeCannotPrecedeTheStartDate() {
        fixture.given(hired())
                .when(new ChangeSalaryCommand(ID, Money.of("4500", "EUR"), LocalDate.of(2025, 12, 1)))
                .expectException(CommandRejectedException.class).expectNoEvents();
    }

    @Test
    void recordsADisciplinaryActionOnce() {
        UUID action = UUID.randomUUID();
        var recorded = new DisciplinaryActionRecordedEvent(ID, action, DisciplinaryLevel.WRITTEN_WARNING, null, TODAY,
                vault.seal(ID, org.backoffice.events.hr.RetentionClass.HR_FILE, "late"), TODAY.plusMonths(24));
        fixture.given(hired())
                .when(new RecordDisciplinaryActionCommand(ID, action, DisciplinaryLevel.WRITTEN_WARNING, "late", TODAY))
                .expectEvents(recorded);
        fixture.given(hired(), recorded)
                .when(new RecordDisciplinaryActionCommand(ID, action, DisciplinaryLevel.WRITTEN_WARNING, "late", TODAY))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void noDisciplinaryActionAfterTheLastDay() {
        fixture.given(hired(), new EmployeeTerminatedEvent(ID, LocalDate.of(2026, 6, 30), "left"))
                .when(new RecordDisciplinaryActionCommand(ID, UUID.randomUUID(), DisciplinaryLevel.VERBAL_WARNING, "x", TODAY))
                .expectException(CommandRejectedException.class).expectNoEvents();
    }

    @Test
    void terminatesWithAFutureLastDay() {
        fixture.given(hired())
                .when(new TerminateEmployeeCommand(ID, LocalDate.of(2027, 1, 31), "resigned"))
                .expectEvents(new EmployeeTerminatedEvent(ID, LocalDate.of(2027, 1, 31), "resigned"));
    }

    @Test
    void aTerminationTakesEffectByADeadlineOnItsDayAndTheEmployeeLeaves() {
        LocalDate lastDay = LocalDate.of(2027, 1, 31);
        fixture.given(hired())
                .when(new TerminateEmployeeCommand(ID, lastDay, "resigned"))
                .expectScheduledDeadlineWithName(lastDay.atStartOfDay().toInstant(ZoneOffset.UTC),
                        Employee.TERMINATION_TAKES_EFFECT);
        fixture.given(hired())
                .andGivenCommands(new TerminateEmployeeCommand(ID, lastDay, "resigned"))
                .whenTimeAdvancesTo(lastDay.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(1))
                .expectEvents(new org.backoffice.events.hr.EmployeeLeftEvent(ID, lastDay));
    }

    @Test
    void cannotTerminateTwice() {
        fixture.given(hired(), new EmployeeTerminatedEvent(ID, LocalDate.of(2027, 1, 31), "resigned"))
                .when(new TerminateEmployeeCommand(ID, LocalDate.of(2026, 12, 31), "again"))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("employee " + ID + " is already terminated (last day 2027-01-31)");
    }

    @Test
    void erasureErasesAtOnceEachClassWhoseRetentionHasRunOut() {
        // Left in 2012: the HR file was kept to 2015, the payroll data to 2022.
        LocalDate lastDay = LocalDate.of(2012, 6, 30);
        fixture.given(hired(), new EmployeeTerminatedEvent(ID, lastDay, "left"))
                .when(new ErasePersonalDataCommand(ID))
                .expectEvents(new org.backoffice.events.hr.EmployeeErasureRequestedEvent(ID, plan(lastDay)),
                        new EmployeePersonalDataErasedEvent(ID, org.backoffice.events.hr.RetentionClass.HR_FILE),
                        new EmployeePersonalDataErasedEvent(ID, org.backoffice.events.hr.RetentionClass.PAYROLL))
                .expectNoScheduledDeadlines();
        assertThat(vault.isShredded(ID)).as("with the last class, every key").isTrue();
    }

    @Test
    void erasureKeepsAClassUntilItsRetentionEndsThenErasesItOnItsDeadline() {
        // Left mid-2022: the HR file is kept to the end of 2025 (erased now), the payroll data to the end of 2032.
        LocalDate lastDay = LocalDate.of(2022, 6, 30);
        assertThat(plan(lastDay)).extracting(org.backoffice.events.hr.PlannedErasure::retainedUntil)
                .containsExactly(LocalDate.of(2025, 12, 31), LocalDate.of(2032, 12, 31));
        fixture.given(hired(), new EmployeeTerminatedEvent(ID, lastDay, "left"))
                .when(new ErasePersonalDataCommand(ID))
                .expectEvents(new org.backoffice.events.hr.EmployeeErasureRequestedEvent(ID, plan(lastDay)),
                        new EmployeePersonalDataErasedEvent(ID, org.backoffice.events.hr.RetentionClass.HR_FILE))
                .expectScheduledDeadlineWithName(LocalDate.of(2033, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC),
                        Employee.RETENTION_ENDS);
        assertThat(vault.isShredded(ID, org.backoffice.events.hr.RetentionClass.HR_FILE)).isTrue();
        assertThat(vault.isShredded(ID, org.backoffice.events.hr.RetentionClass.PAYROLL)).isFalse();
        fixture.given(hired(), new EmployeeTerminatedEvent(ID, lastDay, "left"))
                .andGivenCommands(new ErasePersonalDataCommand(ID))
                .whenThenTimeAdvancesTo(LocalDate.of(2033, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC))
                .expectEvents(new EmployeePersonalDataErasedEvent(ID, org.backoffice.events.hr.RetentionClass.PAYROLL));
        assertThat(vault.isShredded(ID)).isTrue();
    }

    @Test
    void bankDetailsAreSealedOnceAndRefusedAfterErasure() {
        fixture.given(hired())
                .when(new Commands.SetEmployeeBankDetailsCommand(ID, "DE02120300000000202051", null))
                .expectEvents(new org.backoffice.events.hr.EmployeeBankDetailsSetEvent(ID,
                        vault.seal(ID, org.backoffice.events.hr.RetentionClass.PAYROLL, "DE02120300000000202051"), null));
        fixture.given(hired(), new EmployeeTerminatedEvent(ID, LocalDate.of(2026, 6, 30), "left"),
                        new EmployeePersonalDataErasedEvent(ID, org.backoffice.events.hr.RetentionClass.PAYROLL))
                .when(new Commands.SetEmployeeBankDetailsCommand(ID, "DE02120300000000202051", null))
                .expectException(CommandRejectedException.class).expectNoEvents();
        fixture.given(hired(), new EmployeeTerminatedEvent(ID, LocalDate.of(2026, 6, 30), "left"),
                        new EmployeePersonalDataErasedEvent(ID, org.backoffice.events.hr.RetentionClass.HR_FILE))
                .when(new Commands.SetEmployeeBankDetailsCommand(ID, "DE02120300000000202051", null))
                .expectSuccessfulHandlerExecution();
        fixture.given(hired(), new EmployeeTerminatedEvent(ID, LocalDate.of(2026, 6, 30), "left"),
                        new EmployeePersonalDataErasedEvent(ID))
                .when(new Commands.SetEmployeeBankDetailsCommand(ID, "DE02120300000000202051", null))
                .expectException(CommandRejectedException.class).expectNoEvents();
    }

    @Test
    void anActiveEmployeesDataCannotBeErased() {
        fixture.given(hired())
                .when(new ErasePersonalDataCommand(ID))
                .expectException(CommandRejectedException.class).expectNoEvents();
        assertThat(vault.isShredded(ID)).isFalse();
    }

    @Test
    void anEmployeeLeavingInTheFutureIsStillActiveAndCannotBeErased() {
        fixture.given(hired(), new EmployeeTerminatedEvent(ID, TODAY, "last day today"))
                .when(new ErasePersonalDataCommand(ID))
                .expectException(CommandRejectedException.class).expectNoEvents();
        assertThat(vault.isShredded(ID)).isFalse();
    }

    @Test
    void erasingTwiceChangesNothing() {
        fixture.given(hired(), new EmployeeTerminatedEvent(ID, LocalDate.of(2026, 6, 30), "left"),
                        new org.backoffice.events.hr.EmployeeErasureRequestedEvent(ID, plan(LocalDate.of(2026, 6, 30))))
                .when(new ErasePersonalDataCommand(ID))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void aReviewPerPeriodByAnotherActiveEmployeeRecordedOnce() {
        UUID review = UUID.randomUUID();
        var recorded = new org.backoffice.events.hr.PerformanceReviewRecordedEvent(ID, review, "2026-H2", 4, MANAGER, "Solid");
        fixture.given(hired())
                .when(new Commands.RecordPerformanceReviewCommand(ID, review, "2026-H2", 4, MANAGER, "Solid"))
                .expectEvents(recorded);
        fixture.given(hired(), recorded)
                .when(new Commands.RecordPerformanceReviewCommand(ID, review, "2026-H2", 4, MANAGER, "Solid"))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(hired(), recorded)
                .when(new Commands.RecordPerformanceReviewCommand(ID, UUID.randomUUID(), "2026-H2", 2, MANAGER, "Again"))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("employee " + ID + " already has a review for 2026-H2");
    }

    @Test
    void aReviewerIsAnotherActiveEmployee() {
        fixture.given(hired())
                .when(new Commands.RecordPerformanceReviewCommand(ID, UUID.randomUUID(), "2026", 3, ID, "Me"))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("an employee cannot review themselves");
        fixture.given(hired())
                .when(new Commands.RecordPerformanceReviewCommand(ID, UUID.randomUUID(), "2026", 3, GONE, "Gone"))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("the reviewer " + GONE + " is not an active employee");
    }

    @Test
    void aFormerEmployeeIsNotReviewed() {
        fixture.given(hired(), new EmployeeTerminatedEvent(ID, LocalDate.of(2026, 10, 31), "left"))
                .when(new Commands.RecordPerformanceReviewCommand(ID, UUID.randomUUID(), "2026", 3, MANAGER, "late"))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("employee " + ID + " is no longer employed: no review");
    }
}
