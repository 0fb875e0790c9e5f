package org.backoffice.command.hr.checklist;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.backoffice.command.hr.PersonalDataVault;
import org.backoffice.command.hr.checklist.ChecklistCommands.CompleteAutomaticallyCommand;
import org.backoffice.command.hr.checklist.ChecklistCommands.CompleteChecklistTaskCommand;
import org.backoffice.command.hr.checklist.ChecklistCommands.OpenChecklistCommand;
import org.backoffice.events.hr.AutomaticCompletion;
import org.backoffice.events.hr.ChecklistCompletedEvent;
import org.backoffice.events.hr.ChecklistKind;
import org.backoffice.events.hr.ChecklistOpenedEvent;
import org.backoffice.events.hr.ChecklistTask;
import org.backoffice.events.hr.ChecklistTaskCompletedEvent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.backoffice.command.common.CommandRejectedException.conflict;
import static org.backoffice.command.common.CommandRejectedException.forbidden;
import static org.backoffice.command.common.CommandRejectedException.notFound;
import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/**
 * An employee's onboarding or offboarding checklist: tasks of several departments, each done
 * once, by a user of its owner role (or ADMIN) or by the system where it sees the task done. Done
 * when every task is.
 */
@Aggregate
public class Checklist {

    static final String ADMIN = "ADMIN";

    @AggregateIdentifier
    private UUID checklistId;
    private UUID employeeId;
    private ChecklistKind kind;
    private final Map<String, ChecklistTask> tasks = new LinkedHashMap<>();
    private final Set<String> done = new HashSet<>();

    protected Checklist() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(OpenChecklistCommand c, Clock clock) {
        if (checklistId != null) {
            return; // opened before (a redelivered hire or termination): once per employee and kind
        }
        if (c.tasks().isEmpty()) {
            throw ruleViolated("a checklist needs at least one task");
        }
        Set<String> keys = new HashSet<>();
        for (ChecklistTask task : c.tasks()) {
            if (!keys.add(task.key())) {
                throw ruleViolated("the task key " + task.key() + " is used twice in the checklist");
            }
        }
        apply(new ChecklistOpenedEvent(c.checklistId(), c.employeeId(), c.kind(), c.referenceDate(), java.util.List.copyOf(c.tasks())));
        for (AutomaticCompletion seen : c.alreadyDone()) {
            completeAutomatically(seen, LocalDate.now(clock));
        }
    }

    @CommandHandler
    public void handle(CompleteChecklistTaskCommand c, PersonalDataVault vault, Clock clock) {
        ChecklistTask task = tasks.get(c.taskKey());
        if (task == null) {
            throw notFound("the checklist " + checklistId + " has no task " + c.taskKey());
        }
        if (!c.roles().contains(task.ownerRole().name()) && !c.roles().contains(ADMIN)) {
            throw forbidden("the task " + c.taskKey() + " belongs to " + task.ownerRole()
                    + ": only a user with the role " + task.ownerRole() + " (or ADMIN) may complete it");
        }
        if (done.contains(c.taskKey())) {
            throw conflict("the task " + c.taskKey() + " of checklist " + checklistId + " is already done");
        }
        String note = c.note() == null || c.note().isBlank() ? null : vault.seal(employeeId, org.backoffice.events.hr.RetentionClass.HR_FILE, c.note().strip());
        LocalDate today = LocalDate.now(clock);
        apply(new ChecklistTaskCompletedEvent(checklistId, employeeId, c.taskKey(), today, c.user(), null, note));
        completeIfAllDone(today);
    }

    /** Every open task waiting for what was seen is done; nothing happens when none waits (a redelivery). */
    @CommandHandler
    public void handle(CompleteAutomaticallyCommand c, Clock clock) {
        completeAutomatically(c.seen(), LocalDate.now(clock));
    }

    private void completeAutomatically(AutomaticCompletion seen, LocalDate today) {
        boolean any = false;
        for (ChecklistTask task : tasks.values()) {
            if (task.automaticCompletion() == seen && !done.contains(task.key())) {
                apply(new ChecklistTaskCompletedEvent(checklistId, employeeId, task.key(), today, null, seen, null));
                any = true;
            }
        }
        if (any) {
            completeIfAllDone(today);
        }
    }

    private void completeIfAllDone(LocalDate today) {
        if (done.size() == tasks.size()) {
            apply(new ChecklistCompletedEvent(checklistId, employeeId, kind, today));
        }
    }

    @EventSourcingHandler
    void on(ChecklistOpenedEvent e) {
        checklistId = e.checklistId();
        employeeId = e.employeeId();
        kind = e.kind();
        e.tasks().forEach(t -> tasks.put(t.key(), t));
    }

    @EventSourcingHandler
    void on(ChecklistTaskCompletedEvent e) {
        done.add(e.taskKey());
    }
}
