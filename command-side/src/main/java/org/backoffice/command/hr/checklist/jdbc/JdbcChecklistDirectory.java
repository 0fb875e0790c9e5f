package org.backoffice.command.hr.checklist.jdbc;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.backoffice.command.hr.checklist.ChecklistDirectory;
import org.backoffice.events.hr.AutomaticCompletion;
import org.backoffice.events.hr.ChecklistKind;
import org.backoffice.events.hr.ChecklistOpenedEvent;
import org.backoffice.events.hr.ChecklistTask;
import org.backoffice.events.hr.ChecklistTaskCompletedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.util.List;
import java.util.UUID;

/** The open tasks with an automatic completion, written by a subscribing processor in the transaction of the events. */
@Component
@ProcessingGroup(JdbcChecklistDirectory.PROCESSING_GROUP)
public class JdbcChecklistDirectory implements ChecklistDirectory {

    public static final String PROCESSING_GROUP = "checklist-directory";

    private final JdbcTemplate jdbc;

    public JdbcChecklistDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WaitingTask> waitingFor(UUID employeeId, AutomaticCompletion completion) {
        return jdbc.query("""
                        select distinct checklist_id, kind, reference_date from checklist_task_directory
                        where employee_id = ? and automatic_completion = ? order by checklist_id""",
                (rs, i) -> new WaitingTask(rs.getObject(1, UUID.class), ChecklistKind.valueOf(rs.getString(2)),
                        rs.getDate(3).toLocalDate()), employeeId, completion.name());
    }

    @EventHandler
    void on(ChecklistOpenedEvent e) {
        for (ChecklistTask task : e.tasks()) {
            if (task.automaticCompletion() != null) {
                jdbc.update("""
                        insert into checklist_task_directory (checklist_id, task_key, employee_id, kind, reference_date,
                            automatic_completion) values (?, ?, ?, ?, ?, ?) on conflict do nothing""",
                        e.checklistId(), task.key(), e.employeeId(), e.kind().name(), Date.valueOf(e.referenceDate()),
                        task.automaticCompletion().name());
            }
        }
    }

    @EventHandler
    void on(ChecklistTaskCompletedEvent e) {
        jdbc.update("delete from checklist_task_directory where checklist_id = ? and task_key = ?", e.checklistId(), e.taskKey());
    }
}
