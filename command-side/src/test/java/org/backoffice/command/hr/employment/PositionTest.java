package org.backoffice.command.hr.employment;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.backoffice.command.common.CommandRejectedException;
import org.backoffice.command.hr.employment.Commands.ClosePositionCommand;
import org.backoffice.command.hr.employment.Commands.OpenPositionCommand;
import org.backoffice.events.hr.PositionClosedEvent;
import org.backoffice.events.hr.PositionFilledEvent;
import org.backoffice.events.hr.PositionOpenedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

class PositionTest {

    private static final UUID ID = UUID.randomUUID();
    private AggregateTestFixture<Position> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Position.class);
    }

    @Test
    void opensAPosition() {
        fixture.givenNoPriorActivity()
                .when(new OpenPositionCommand(ID, "Accountant", "Finance"))
                .expectEvents(new PositionOpenedEvent(ID, "Accountant", "Finance"));
    }

    @Test
    void openingTheSamePositionAgainStoresNothing() {
        fixture.given(new PositionOpenedEvent(ID, "Accountant", "Finance"))
                .when(new OpenPositionCommand(ID, "Accountant", "Finance"))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void openingAgainWithOtherDetailsIsAConflict() {
        fixture.given(new PositionOpenedEvent(ID, "Accountant", "Finance"))
                .when(new OpenPositionCommand(ID, "Engineer", "IT"))
                .expectException(CommandRejectedException.class).expectNoEvents();
    }

    @Test
    void closesAnOpenPosition() {
        fixture.given(new PositionOpenedEvent(ID, "Accountant", "Finance"))
                .when(new ClosePositionCommand(ID))
                .expectEvents(new PositionClosedEvent(ID));
    }

    @Test
    void cannotCloseAFilledPosition() {
        fixture.given(new PositionOpenedEvent(ID, "Accountant", "Finance"), new PositionFilledEvent(ID, UUID.randomUUID()))
                .when(new ClosePositionCommand(ID))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("position " + ID + " cannot be closed: it is already FILLED");
    }

    @Test
    void cannotCloseAPositionTwice() {
        fixture.given(new PositionOpenedEvent(ID, "Accountant", "Finance"), new PositionClosedEvent(ID))
                .when(new ClosePositionCommand(ID))
                .expectException(CommandRejectedException.class).expectNoEvents();
    }
}
