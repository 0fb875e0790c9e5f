package org.backoffice.command.hr.checklist;

import org.backoffice.events.hr.AutomaticCompletion;
import org.backoffice.events.hr.ChecklistKind;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The open checklist tasks the system completes by itself, per employee, for ChecklistAutomation. */
public interface ChecklistDirectory {

    /** An open task that waits for an automatic completion; referenceDate: the start date or last day. */
    record WaitingTask(UUID checklistId, ChecklistKind kind, LocalDate referenceDate) {
    }

    /** The checklists of the employee with an open task waiting for that completion. */
    List<WaitingTask> waitingFor(UUID employeeId, AutomaticCompletion completion);
}
