package org.backoffice.query.hr.checklist;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.backoffice.events.hr.ChecklistCompletedEvent;
import org.backoffice.events.hr.ChecklistOpenedEvent;
import org.backoffice.events.hr.ChecklistTask;
import org.backoffice.events.hr.ChecklistTaskCompletedEvent;
import org.backoffice.events.hr.EmployeePersonalDataErasedEvent;
import org.backoffice.query.common.PersonalDataReader;
import org.backoffice.query.hr.employment.HrProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.Instant;
import java.util.List;

/**
 * The checklists with their tasks and the instants they opened and were done, so that they are
 * answered as of any instant. Part of the HR read model (headcount); each event applied at most
 * once (an opened checklist inserted once, a task or checklist done once). Notes are opened with
 * the employee's key while it exists; after erasure (or replayed after it) they read as erased.
 */
@Component
@ProcessingGroup(HrProjection.NAME)
public class ChecklistProjection {

    private final JdbcTemplate jdbc;
    private final PersonalDataReader personalData;

    ChecklistProjection(JdbcTemplate jdbc, PersonalDataReader personalData) {
        this.jdbc = jdbc;
        this.personalData = personalData;
    }

    @EventHandler
    void on(ChecklistOpenedEvent e, @Timestamp Instant at) {
        int inserted = jdbc.update("""
                insert into checklist_view (id, employee_id, kind, reference_date, opened_at)
                values (?, ?, ?, ?, ?) on conflict (id) do nothing""",
                e.checklistId(), e.employeeId(), e.kind().name(), Date.valueOf(e.referenceDate()), java.sql.Timestamp.from(at));
        if (inserted == 1) {
            List<ChecklistTask> tasks = e.tasks();
            for (int i = 0; i < tasks.size(); i++) {
                ChecklistTask t = tasks.get(i);
                jdbc.update("""
                        insert into checklist_task_view (checklist_id, task_key, position, title, department, owner_role,
                            due_days, due_date, automatic_completion) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        e.checklistId(), t.key(), i, t.title(), t.department().name(), t.ownerRole().name(), t.dueDays(),
                        Date.valueOf(t.dueDate()), t.automaticCompletion() == null ? null : t.automaticCompletion().name());
            }
        }
    }

    @EventHandler
    void on(ChecklistTaskCompletedEvent e, @Timestamp Instant at) {
        String note = e.sealedNote() == null ? null : personalData.open(e.employeeId(), e.sealedNote()).orElse(null);
        jdbc.update("""
                update checklist_task_view set completed_at = ?, completed_on = ?, completed_by = ?, completed_automatically = ?,
                    note = ?, note_erased = ? where checklist_id = ? and task_key = ? and completed_at is null""",
                java.sql.Timestamp.from(at), Date.valueOf(e.completedOn()), e.completedBy(),
                e.automatically() == null ? null : e.automatically().name(), note, e.sealedNote() != null && note == null,
                e.checklistId(), e.taskKey());
    }

    @EventHandler
    void on(ChecklistCompletedEvent e, @Timestamp Instant at) {
        jdbc.update("update checklist_view set completed_at = ? where id = ? and completed_at is null",
                java.sql.Timestamp.from(at), e.checklistId());
    }

    @EventHandler
    void on(EmployeePersonalDataErasedEvent e) {
        jdbc.update("""
                update checklist_task_view set note = null, note_erased = true
                where note is not null and checklist_id in (select id from checklist_view where employee_id = ?)""",
                e.employeeId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from checklist_task_view");
        jdbc.update("delete from checklist_view");
    }
}
