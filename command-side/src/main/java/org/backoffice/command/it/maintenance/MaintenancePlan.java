package org.backoffice.command.it.maintenance;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.backoffice.command.it.asset.AssetDirectory;
import org.backoffice.events.it.MaintenanceDoneEvent;
import org.backoffice.events.it.MaintenanceDueEvent;
import org.backoffice.events.it.MaintenancePlannedEvent;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.backoffice.command.common.CommandRejectedException.conflict;
import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/**
 * Recurring maintenance of a device (a printer's service, a UPS battery, a firewall's firmware):
 * due every intervalMonths; a durable reminder (an Axon deadline on db-scheduler) records when it
 * comes due, reminderDays before; recording it done sets the next due date from the day it was
 * done and the reminder for that one.
 */
@Revision("1")
@Aggregate
public class MaintenancePlan {

    public record PlanMaintenanceCommand(@TargetAggregateIdentifier UUID planId, UUID assetId, String task, int intervalMonths,
                                         LocalDate firstDue, int reminderDays) {
    }

    public record CompleteMaintenanceCommand(@TargetAggregateIdentifier UUID planId, LocalDate doneOn, String note) {
    }

    static final String DUE = "maintenance-due";

    @AggregateIdentifier
    private UUID planId;
    private UUID assetId;
    private String task;
    private int intervalMonths;
    private LocalDate nextDue;
    private int reminderDays;

    protected MaintenancePlan() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(PlanMaintenanceCommand c, AssetDirectory assets, DeadlineManager deadlines) {
        if (planId != null) {
            if (!assetId.equals(c.assetId()) || !task.equals(c.task()) || intervalMonths != c.intervalMonths() || reminderDays != c.reminderDays()) {
                throw conflict("maintenance plan " + c.planId() + " already exists with different details");
            }
            return;
        }
        if (!assets.inService(c.assetId())) {
            throw ruleViolated("assetId", "device " + c.assetId() + " does not exist or is retired");
        }
        apply(new MaintenancePlannedEvent(c.planId(), c.assetId(), c.task(), c.intervalMonths(), c.firstDue(), c.reminderDays()));
        remind(deadlines);
    }

    private void remind(DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(DUE);
        deadlines.schedule(nextDue.minusDays(reminderDays).atStartOfDay(ZoneOffset.UTC).toInstant(), DUE, nextDue);
    }

    @DeadlineHandler(deadlineName = DUE)
    void due(LocalDate dueOn) {
        if (dueOn.equals(nextDue)) {
            apply(new MaintenanceDueEvent(planId, assetId, dueOn));
        }
    }

    @CommandHandler
    public void handle(CompleteMaintenanceCommand c, DeadlineManager deadlines, Clock clock) {
        if (c.doneOn().isAfter(LocalDate.now(clock))) {
            throw ruleViolated("doneOn", "maintenance is recorded when it is done, not before (" + c.doneOn() + " is in the future)");
        }
        apply(new MaintenanceDoneEvent(planId, assetId, c.doneOn(), c.note(), c.doneOn().plusMonths(intervalMonths)));
        remind(deadlines);
    }

    @EventSourcingHandler
    void on(MaintenancePlannedEvent e) {
        planId = e.planId();
        assetId = e.assetId();
        task = e.task();
        intervalMonths = e.intervalMonths();
        nextDue = e.nextDue();
        reminderDays = e.reminderDays();
    }

    @EventSourcingHandler
    void on(MaintenanceDoneEvent e) {
        nextDue = e.nextDue();
    }
}
