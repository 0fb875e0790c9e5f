package org.backoffice.command.hr.employment;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.backoffice.command.hr.employment.Commands.OpenConflictCaseCommand;
import org.backoffice.command.hr.employment.Commands.ResolveConflictCaseCommand;
import org.backoffice.events.hr.ConflictCaseOpenedEvent;
import org.backoffice.events.hr.ConflictCaseResolvedEvent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.backoffice.command.common.CommandRejectedException.conflict;
import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/** A conflict between exactly two different active employees, resolved once. */
@Aggregate
public class ConflictCase {

    @AggregateIdentifier
    private UUID conflictId;
    private List<UUID> employeeIds;
    private String description;
    private String outcome;

    protected ConflictCase() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(OpenConflictCaseCommand c, EmployeeDirectory directory, Clock clock) {
        if (conflictId != null) {
            if (!Objects.equals(employeeIds, c.employeeIds()) || !Objects.equals(description, c.description())) {
                throw conflict("conflict case " + c.conflictId() + " already exists with different details");
            }
            return;
        }
        if (c.employeeIds().size() != 2 || new HashSet<>(c.employeeIds()).size() != 2) {
            throw ruleViolated("a conflict case is between exactly two different employees");
        }
        LocalDate today = LocalDate.now(clock);
        for (UUID employee : c.employeeIds()) {
            if (!directory.isActiveOn(employee, today)) {
                throw ruleViolated("employee " + employee + " is not an active employee");
            }
        }
        apply(new ConflictCaseOpenedEvent(c.conflictId(), List.copyOf(c.employeeIds()), c.description()));
    }

    @CommandHandler
    public void handle(ResolveConflictCaseCommand c) {
        if (outcome != null) {
            throw conflict("conflict case " + conflictId + " is already resolved");
        }
        apply(new ConflictCaseResolvedEvent(conflictId, c.outcome()));
    }

    @EventSourcingHandler
    void on(ConflictCaseOpenedEvent e) {
        conflictId = e.conflictId();
        employeeIds = e.employeeIds();
        description = e.description();
    }

    @EventSourcingHandler
    void on(ConflictCaseResolvedEvent e) {
        outcome = e.outcome();
    }
}
