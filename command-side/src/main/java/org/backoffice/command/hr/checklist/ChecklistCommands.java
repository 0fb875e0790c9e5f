package org.backoffice.command.hr.checklist;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.backoffice.events.hr.AutomaticCompletion;
import org.backoffice.events.hr.ChecklistKind;
import org.backoffice.events.hr.ChecklistTask;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

public final class ChecklistCommands {

    private ChecklistCommands() {
    }

    /** An employee has one checklist of each kind: its id is derived, so a redelivery opens nothing twice. */
    public static UUID checklistIdOf(UUID employeeId, ChecklistKind kind) {
        return UUID.nameUUIDFromBytes(("backoffice:checklist:" + kind + ":" + employeeId).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Opens the checklist with the template's tasks; alreadyDone: the automatic completions the
     * system already sees when it opens (e.g. an employee who holds no device), done at once.
     */
    public record OpenChecklistCommand(@TargetAggregateIdentifier UUID checklistId, UUID employeeId, ChecklistKind kind,
                                       LocalDate referenceDate, List<ChecklistTask> tasks,
                                       Set<AutomaticCompletion> alreadyDone) {
    }

    /** A task done by hand by user, whose roles (without ROLE_) decide whether they may. */
    public record CompleteChecklistTaskCommand(@TargetAggregateIdentifier UUID checklistId, String taskKey, String user,
                                               Set<String> roles, String note) {
    }

    /** The system saw what the task's automatic completion waits for: every open task waiting for it is done. */
    public record CompleteAutomaticallyCommand(@TargetAggregateIdentifier UUID checklistId, AutomaticCompletion seen) {
    }
}
