package org.backoffice.command.hr.checklist;

import org.backoffice.events.hr.AutomaticCompletion;
import org.backoffice.events.hr.ChecklistDepartment;
import org.backoffice.events.hr.ChecklistKind;
import org.backoffice.events.hr.ChecklistTask;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The templates of the checklists: backoffice.hr.checklists.onboarding[i] (opened by a hire, due
 * dates counted from the start date) and backoffice.hr.checklists.offboarding[i] (opened by a
 * termination, counted from the last day), each task with key, title, department, owner-role
 * (default: its department), due-days (negative: before the date) and automatic-completion
 * (optional: what the system sees to complete it by itself). The defaults, a German SME's, are in
 * application.yml; a list set elsewhere replaces the default list as a whole; an empty list opens
 * no checklist of that kind. A checklist keeps the tasks its template had when it opened.
 */
@ConfigurationProperties("backoffice.hr.checklists")
public record ChecklistSettings(List<TaskTemplate> onboarding, List<TaskTemplate> offboarding) {

    public record TaskTemplate(String key, String title, ChecklistDepartment department, ChecklistDepartment ownerRole,
                               Integer dueDays, AutomaticCompletion automaticCompletion) {
    }

    public ChecklistSettings {
        onboarding = onboarding == null ? List.of() : List.copyOf(onboarding);
        offboarding = offboarding == null ? List.of() : List.copyOf(offboarding);
        check("onboarding", onboarding);
        check("offboarding", offboarding);
    }

    private static void check(String kind, List<TaskTemplate> templates) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < templates.size(); i++) {
            TaskTemplate t = templates.get(i);
            String name = "backoffice.hr.checklists." + kind + "[" + i + "]";
            if (t.key() == null || !t.key().matches("[a-z0-9][a-z0-9-]{0,59}")) {
                throw new IllegalStateException(name + ".key must be 1 to 60 lower-case letters, digits and dashes, not " + t.key());
            }
            if (!keys.add(t.key())) {
                throw new IllegalStateException(name + ".key " + t.key() + " is used twice");
            }
            if (t.title() == null || t.title().isBlank() || t.title().length() > 200) {
                throw new IllegalStateException(name + ".title must be given (at most 200 characters)");
            }
            if (t.department() == null) {
                throw new IllegalStateException(name + ".department must be one of HR, ACCOUNTING, IT");
            }
            if (t.dueDays() == null || Math.abs(t.dueDays()) > 366) {
                throw new IllegalStateException(name + ".due-days must be given, -366 to 366 days, not " + t.dueDays());
            }
        }
    }

    /** The tasks of a new checklist of the kind, due dates counted from the start date or last day. */
    public List<ChecklistTask> tasksFor(ChecklistKind kind, LocalDate referenceDate) {
        return (kind == ChecklistKind.ONBOARDING ? onboarding : offboarding).stream()
                .map(t -> new ChecklistTask(t.key(), t.title().strip(), t.department(),
                        t.ownerRole() != null ? t.ownerRole() : t.department(), t.dueDays(),
                        referenceDate.plusDays(t.dueDays()), t.automaticCompletion()))
                .toList();
    }
}
