package org.backoffice.events.hr;

import java.time.LocalDate;

/**
 * One task of a checklist as its template said when the checklist opened: key (unique in the
 * checklist), what to do, the department it belongs to, the role that may complete it (besides
 * ADMIN), its due date (dueDays after the start date or last day; negative: before it) and, if the
 * system completes it by itself, how it sees that (null: by hand only).
 */
public record ChecklistTask(String key, String title, ChecklistDepartment department, ChecklistDepartment ownerRole,
                            int dueDays, LocalDate dueDate, AutomaticCompletion automaticCompletion) {
}
