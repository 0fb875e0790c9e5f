package org.backoffice.command.hr.employment;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.backoffice.command.common.CommandRejectedException;
import org.backoffice.command.hr.employment.Commands.OpenConflictCaseCommand;
import org.backoffice.command.hr.employment.Commands.ResolveConflictCaseCommand;
import org.backoffice.events.common.Money;
import org.backoffice.events.hr.ConflictCaseOpenedEvent;
import org.backoffice.events.hr.ConflictCaseResolvedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

class ConflictCaseTest {

    private static final UUID ID = UUID.randomUUID();
    private static final UUID ADA = UUID.randomUUID();
    private static final UUID ALAN = UUID.randomUUID();
    private static final UUID GONE = UUID.randomUUID();
    private static final UUID MEDIATOR = UUID.randomUUID();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private final org.backoffice.command.hr.InMemoryVault vault = new org.backoffice.command.hr.InMemoryVault();
    private AggregateTestFixture<ConflictCase> fixture;

    @BeforeEach
    void setUp() {
        Money salary = Money.of("1000", "EUR");
        fixture = new AggregateTestFixture<>(ConflictCase.class);
        fixture.registerInjectableResource(Clock.fixed(LocalDate.of(2026, 11, 26).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        fixture.registerInjectableResource(new InMemoryEmployeeDirectory()
                .add(ADA, LocalDate.of(2020, 1, 1), null, "ada@x", salary)
                .add(ALAN, LocalDate.of(2020, 1, 1), null, "alan@x", salary)
                .add(MEDIATOR, LocalDate.of(2020, 1, 1), null, "med@x", salary)
                .add(GONE, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1), "gone@x", salary));
        fixture.registerInjectableResource(vault);
    }

    private static ConflictCaseOpenedEvent opened() {
        return new ConflictCaseOpenedEvent(ID, List.of(ADA, ALAN), "parking");
    }

    private static org.backoffice.events.hr.ConflictMediatorAssignedEvent mediated() {
        return new org.backoffice.events.hr.ConflictMediatorAssignedEvent(ID, MEDIATOR);
    }

    @Test
    void theMediatorIsAnActiveEmployeeWhoIsNotAParty() {
        fixture.givenCurrentTime(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC)).andGiven(opened())
                .when(new Commands.AssignConflictMediatorCommand(ID, MEDIATOR))
                .expectEvents(mediated());
        fixture.given(opened())
                .when(new Commands.AssignConflictMediatorCommand(ID, ADA))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("a party to the conflict cannot mediate it").expectNoEvents();
        fixture.given(opened())
                .when(new Commands.AssignConflictMediatorCommand(ID, GONE))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("the mediator " + GONE + " is not an active employee").expectNoEvents();
    }

    @Test
    void aSessionSealsEachPartysNoteUnderThatPartysKey() {
        UUID session = UUID.randomUUID();
        fixture.givenCurrentTime(TODAY.minusDays(3).atStartOfDay().toInstant(ZoneOffset.UTC)).andGiven(opened(), mediated())
                .when(new Commands.RecordConflictSessionCommand(ID, session, TODAY, List.of(
                        new Commands.ConflictSessionNote(ADA, "wants the spot on Mondays"),
                        new Commands.ConflictSessionNote(ALAN, "fine with Mondays"))))
                .expectEvents(new org.backoffice.events.hr.ConflictSessionHeldEvent(ID, session, TODAY, MEDIATOR, List.of(
                        new org.backoffice.events.hr.PartyNote(ADA, "sealed:" + ADA + ":HR_FILE:wants the spot on Mondays"),
                        new org.backoffice.events.hr.PartyNote(ALAN, "sealed:" + ALAN + ":HR_FILE:fine with Mondays"))));
        vault.shred(ADA, org.backoffice.events.hr.RetentionClass.HR_FILE);
        org.assertj.core.api.Assertions.assertThat(vault.open(ADA, "sealed:" + ADA + ":HR_FILE:wants the spot on Mondays")).isEmpty();
        org.assertj.core.api.Assertions.assertThat(vault.open(ALAN, "sealed:" + ALAN + ":HR_FILE:fine with Mondays")).isPresent();
    }

    @Test
    void aSessionNeedsAMediatorAPastDateAndNotesOfThePartiesOnly() {
        fixture.givenCurrentTime(TODAY.minusDays(3).atStartOfDay().toInstant(ZoneOffset.UTC)).andGiven(opened())
                .when(new Commands.RecordConflictSessionCommand(ID, UUID.randomUUID(), TODAY, List.of()))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("a session needs a mediator: assign one first").expectNoEvents();
        fixture.givenCurrentTime(TODAY.minusDays(3).atStartOfDay().toInstant(ZoneOffset.UTC)).andGiven(opened(), mediated())
                .when(new Commands.RecordConflictSessionCommand(ID, UUID.randomUUID(), TODAY.plusDays(1), List.of()))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("a session cannot be dated in the future (2026-11-27, today is 2026-11-26)").expectNoEvents();
        fixture.givenCurrentTime(TODAY.minusDays(3).atStartOfDay().toInstant(ZoneOffset.UTC)).andGiven(opened(), mediated())
                .when(new Commands.RecordConflictSessionCommand(ID, UUID.randomUUID(), TODAY.minusDays(4), List.of()))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("a session cannot be dated before the case was opened (2026-11-23)").expectNoEvents();
        fixture.givenCurrentTime(TODAY.minusDays(3).atStartOfDay().toInstant(ZoneOffset.UTC)).andGiven(opened(), mediated())
                .when(new Commands.RecordConflictSessionCommand(ID, UUID.randomUUID(), TODAY, List.of(
                        new Commands.ConflictSessionNote(MEDIATOR, "my view"))))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("employee " + MEDIATOR + " is not a party to the conflict").expectNoEvents();
        fixture.givenCurrentTime(TODAY.minusDays(3).atStartOfDay().toInstant(ZoneOffset.UTC)).andGiven(opened(), mediated())
                .when(new Commands.RecordConflictSessionCommand(ID, UUID.randomUUID(), TODAY, List.of(
                        new Commands.ConflictSessionNote(ADA, "one"), new Commands.ConflictSessionNote(ADA, "two"))))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("one note per party: employee " + ADA + " has two").expectNoEvents();
    }

    @Test
    void anEscalationClosesTheCaseAndNothingFollowsIt() {
        fixture.given(opened())
                .when(new Commands.EscalateConflictCaseCommand(ID, "no agreement in three sessions"))
                .expectEvents(new org.backoffice.events.hr.ConflictCaseEscalatedEvent(ID, "no agreement in three sessions"));
        var escalated = new org.backoffice.events.hr.ConflictCaseEscalatedEvent(ID, "x");
        fixture.given(opened(), escalated)
                .when(new ResolveConflictCaseCommand(ID, "agreed after all"))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("conflict case " + ID + " is closed (ESCALATED): cannot record an agreement");
        fixture.given(opened(), escalated)
                .when(new Commands.EscalateConflictCaseCommand(ID, "again"))
                .expectException(CommandRejectedException.class).expectNoEvents();
        fixture.given(opened(), new ConflictCaseResolvedEvent(ID, "agreed"))
                .when(new Commands.AssignConflictMediatorCommand(ID, MEDIATOR))
                .expectException(CommandRejectedException.class).expectNoEvents();
        fixture.given(opened(), mediated(), new ConflictCaseResolvedEvent(ID, "agreed"))
                .when(new Commands.RecordConflictSessionCommand(ID, UUID.randomUUID(), TODAY, List.of()))
                .expectException(CommandRejectedException.class).expectNoEvents();
    }

    @Test
    void aFollowUpBecomesDueOnItsDayByADurableReminder() {
        UUID followUp = UUID.randomUUID();
        LocalDate day = TODAY.plusDays(14);
        var scheduled = new org.backoffice.events.hr.ConflictFollowUpScheduledEvent(ID, followUp, day, "does the rota hold?");
        fixture.given(opened())
                .when(new Commands.ScheduleConflictFollowUpCommand(ID, followUp, day, "does the rota hold?"))
                .expectEvents(scheduled)
                .expectScheduledDeadlineWithName(day.atStartOfDay().toInstant(ZoneOffset.UTC), ConflictCase.FOLLOW_UP_DUE);
        fixture.given(opened())
                .andGivenCommands(new Commands.ScheduleConflictFollowUpCommand(ID, followUp, day, "does the rota hold?"))
                .whenTimeAdvancesTo(day.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(1))
                .expectEvents(new org.backoffice.events.hr.ConflictFollowUpDueEvent(ID, followUp, day));
        // closed before the day: nothing is due
        fixture.given(opened())
                .andGivenCommands(new Commands.ScheduleConflictFollowUpCommand(ID, followUp, day, "x"),
                        new Commands.EscalateConflictCaseCommand(ID, "went up"))
                .whenTimeAdvancesTo(day.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void aFollowUpIsNotInThePast() {
        fixture.given(opened())
                .when(new Commands.ScheduleConflictFollowUpCommand(ID, UUID.randomUUID(), TODAY.minusDays(1), null))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("a follow-up cannot be in the past (2026-11-25, today is 2026-11-26)")
                .expectNoEvents().expectNoScheduledDeadlines();
    }

    @Test
    void opensAConflictBetweenTwoActiveEmployees() {
        fixture.givenNoPriorActivity()
                .when(new OpenConflictCaseCommand(ID, List.of(ADA, ALAN), "parking space"))
                .expectEvents(new ConflictCaseOpenedEvent(ID, List.of(ADA, ALAN), "parking space"));
    }

    @Test
    void aConflictNeedsTwoDifferentEmployees() {
        fixture.givenNoPriorActivity()
                .when(new OpenConflictCaseCommand(ID, List.of(ADA, ADA), "with oneself"))
                .expectException(CommandRejectedException.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new OpenConflictCaseCommand(ID, List.of(ADA), "alone"))
                .expectException(CommandRejectedException.class).expectNoEvents();
    }

    @Test
    void bothPartiesMustBeActive() {
        fixture.givenNoPriorActivity()
                .when(new OpenConflictCaseCommand(ID, List.of(ADA, GONE), "old grudge"))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("employee " + GONE + " is not an active employee");
    }

    @Test
    void aResolutionIsRecordedOnce() {
        fixture.given(new ConflictCaseOpenedEvent(ID, List.of(ADA, ALAN), "parking"))
                .when(new ResolveConflictCaseCommand(ID, "shared rota"))
                .expectEvents(new ConflictCaseResolvedEvent(ID, "shared rota"));
        fixture.given(new ConflictCaseOpenedEvent(ID, List.of(ADA, ALAN), "parking"),
                        new ConflictCaseResolvedEvent(ID, "shared rota"))
                .when(new ResolveConflictCaseCommand(ID, "other"))
                .expectException(CommandRejectedException.class).expectNoEvents();
    }
}
