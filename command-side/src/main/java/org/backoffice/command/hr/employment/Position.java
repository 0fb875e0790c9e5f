package org.backoffice.command.hr.employment;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.backoffice.command.hr.employment.Commands.ClosePositionCommand;
import org.backoffice.command.hr.employment.Commands.OpenPositionCommand;
import org.backoffice.events.hr.PositionClosedEvent;
import org.backoffice.events.hr.PositionFilledEvent;
import org.backoffice.events.hr.PositionOpenedEvent;

import java.util.Objects;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.backoffice.command.common.CommandRejectedException.conflict;

/** An open position: filled once by a hire, or closed unfilled. */
@Revision("1")
@Aggregate(repository = "positionRepository")  // cached: infra AggregateLoadingConfiguration
public class Position {

    enum Status { OPEN, FILLED, CLOSED }

    @AggregateIdentifier
    private UUID positionId;
    private String title;
    private String department;
    private Status status;
    private UUID filledBy;

    protected Position() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(OpenPositionCommand c) {
        if (positionId != null) {
            if (!Objects.equals(title, c.title()) || !Objects.equals(department, c.department())) {
                throw conflict("position " + c.positionId() + " already exists with different details");
            }
            return;
        }
        apply(new PositionOpenedEvent(c.positionId(), c.title(), c.department()));
    }

    @CommandHandler
    public void handle(ClosePositionCommand c) {
        if (status != Status.OPEN) {
            throw conflict("position " + positionId + " cannot be closed: it is already " + status);
        }
        apply(new PositionClosedEvent(positionId));
    }

    public PositionFacts facts() {
        return new PositionFacts(positionId, title, department, status == null ? null : status.name(), filledBy);
    }

    public boolean exists() {
        return positionId != null;
    }

    /** Filled by the hire of employeeId; refused unless open. */
    void fill(UUID employeeId) {
        if (status != Status.OPEN) {
            throw conflict("position " + positionId + " is not open: it is " + status);
        }
        apply(new PositionFilledEvent(positionId, employeeId));
    }

    @EventSourcingHandler
    void on(PositionOpenedEvent e) {
        positionId = e.positionId();
        title = e.title();
        department = e.department();
        status = Status.OPEN;
    }

    @EventSourcingHandler
    void on(PositionFilledEvent e) {
        status = Status.FILLED;
        filledBy = e.employeeId();
    }

    @EventSourcingHandler
    void on(PositionClosedEvent e) {
        status = Status.CLOSED;
    }
}
