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
    private AggregateTestFixture<ConflictCase> fixture;

    @BeforeEach
    void setUp() {
        Money salary = Money.of("1000", "EUR");
        fixture = new AggregateTestFixture<>(ConflictCase.class);
        fixture.registerInjectableResource(Clock.fixed(LocalDate.of(2026, 11, 26).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        fixture.registerInjectableResource(new InMemoryEmployeeDirectory()
                .add(ADA, LocalDate.of(2020, 1, 1), null, "ada@x", salary)
                .add(ALAN, LocalDate.of(2020, 1, 1), null, "alan@x", salary)
                .add(GONE, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1), "gone@x", salary));
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
