package org.backoffice.query.hr.checklist;

import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.queryhandling.QueryHandler;
import org.backoffice.query.common.PageView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Checklists and their tasks, now or as of an instant (asOf null: now). */
@Component
public class ChecklistQueries {

    /** Tasks of every checklist opened by then; department and open (not done by then) may be null. */
    public record FindChecklistTasks(String department, Boolean open, UUID employeeId, Instant asOf, int page, int size) {
    }

    public record FindChecklist(UUID checklistId, Instant asOf) {
    }

    public record FindEmployeeChecklists(UUID employeeId, Instant asOf) {
    }

    public record ChecklistTaskView(UUID checklistId, UUID employeeId,
                                    @Schema(description = "the employee's name; absent once their personal data is erased") String employeeName,
                                    @Schema(allowableValues = {"ONBOARDING", "OFFBOARDING"}) String kind,
                                    @Schema(description = "the start date (onboarding) or the last day (offboarding)") LocalDate referenceDate,
                                    String key, String title,
                                    @Schema(allowableValues = {"HR", "ACCOUNTING", "IT"}) String department,
                                    @Schema(description = "who may complete it by hand (besides ADMIN)", allowableValues = {"HR", "ACCOUNTING", "IT"}) String ownerRole,
                                    @Schema(description = "days after the reference date (negative: before)") int dueDays, LocalDate dueDate,
                                    @Schema(description = "what the system sees to complete it by itself; absent: by hand only",
                                            allowableValues = {"DEVICES_RETURNED", "LICENCES_RELEASED", "NUMBERS_RELEASED", "FINAL_PAY_SETTLED", "UNTAKEN_LEAVE_SETTLED"})
                                    String automaticCompletion,
                                    boolean done,
                                    @Schema(description = "not done and its due date is before the day asked for") boolean overdue,
                                    Instant completedAt, LocalDate completedOn,
                                    @Schema(description = "the user who completed it by hand") String completedBy,
                                    @Schema(description = "what the system saw when it completed it by itself") String completedAutomatically,
                                    @Schema(description = "the note given on completion (personal data: absent once erased)") String note,
                                    boolean noteErased) {
    }

    public record ChecklistTaskList(PageView<ChecklistTaskView> page) {
    }

    public record ChecklistView(UUID id, UUID employeeId, String employeeName,
                                @Schema(allowableValues = {"ONBOARDING", "OFFBOARDING"}) String kind, LocalDate referenceDate,
                                Instant openedAt, @Schema(description = "every task done") boolean done, Instant completedAt,
                                int openTasks, int overdueTasks, List<ChecklistTaskView> tasks) {
    }

    public record ChecklistList(List<ChecklistView> checklists) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate snapshot;

    ChecklistQueries(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        // A checklist and its tasks are read in two statements: in one snapshot, so that a
        // checklist the projection stores between them is not shown without its tasks.
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    private Instant at(Instant asOf) {
        return asOf == null ? clock.instant() : asOf;
    }

    private static final String TASKS = """
            select t.*, c.employee_id, c.kind, c.reference_date,
                   case when e.personal_data_erased then null else e.first_name || ' ' || e.last_name end as employee_name,
                   (t.completed_at is not null and t.completed_at <= ?) as done
            from checklist_task_view t join checklist_view c on c.id = t.checklist_id
            left join employee_view e on e.id = c.employee_id
            where c.opened_at <= ?""";

    private static RowMapper<ChecklistTaskView> task(LocalDate day) {
        return (rs, i) -> {
            boolean done = rs.getBoolean("done");
            LocalDate due = rs.getDate("due_date").toLocalDate();
            return new ChecklistTaskView(rs.getObject("checklist_id", UUID.class), rs.getObject("employee_id", UUID.class),
                    rs.getString("employee_name"), rs.getString("kind"), rs.getDate("reference_date").toLocalDate(),
                    rs.getString("task_key"), rs.getString("title"), rs.getString("department"), rs.getString("owner_role"),
                    rs.getInt("due_days"), due, rs.getString("automatic_completion"), done, !done && due.isBefore(day),
                    done ? rs.getTimestamp("completed_at").toInstant() : null,
                    done ? rs.getDate("completed_on").toLocalDate() : null,
                    done ? rs.getString("completed_by") : null, done ? rs.getString("completed_automatically") : null,
                    done ? rs.getString("note") : null, done && rs.getBoolean("note_erased"));
        };
    }

    @QueryHandler
    public ChecklistTaskList handle(FindChecklistTasks q) {
        Timestamp t = Timestamp.from(at(q.asOf()));
        LocalDate day = LocalDate.ofInstant(t.toInstant(), ZoneOffset.UTC);
        String where = " and (cast(? as varchar) is null or t.department = ?) and (cast(? as uuid) is null or c.employee_id = ?)"
                + " and (cast(? as boolean) is null or (t.completed_at is not null and t.completed_at <= ?) <> ?)";
        Object[] args = {t, t, q.department(), q.department(), q.employeeId(), q.employeeId(), q.open(), t, q.open()};
        Long total = jdbc.queryForObject("select count(*) from (" + TASKS + where + ") x", Long.class, args);
        List<Object> paged = new ArrayList<>(java.util.Arrays.asList(args));
        paged.add(q.size());
        paged.add((long) q.page() * q.size());
        List<ChecklistTaskView> items = jdbc.query(TASKS + where
                + " order by t.due_date, c.reference_date, t.checklist_id, t.position limit ? offset ?", task(day), paged.toArray());
        return new ChecklistTaskList(new PageView<>(items, q.page(), q.size(), total == null ? 0 : total));
    }

    @QueryHandler
    public Optional<ChecklistView> handle(FindChecklist q) {
        return checklists("c.id = ?", q.checklistId(), q.asOf()).stream().findFirst();
    }

    /** Empty for an employee the HR read model does not know. */
    @QueryHandler
    public Optional<ChecklistList> handle(FindEmployeeChecklists q) {
        Long known = jdbc.queryForObject("select count(*) from employee_view where id = ?", Long.class, q.employeeId());
        if (known == null || known == 0) {
            return Optional.empty();
        }
        return Optional.of(new ChecklistList(checklists("c.employee_id = ?", q.employeeId(), q.asOf())));
    }

    private List<ChecklistView> checklists(String condition, UUID id, Instant asOf) {
        return snapshot.execute(status -> checklistsInOneSnapshot(condition, id, asOf));
    }

    private List<ChecklistView> checklistsInOneSnapshot(String condition, UUID id, Instant asOf) {
        Timestamp t = Timestamp.from(at(asOf));
        LocalDate day = LocalDate.ofInstant(t.toInstant(), ZoneOffset.UTC);
        Map<UUID, List<ChecklistTaskView>> tasks = new LinkedHashMap<>();
        RowMapper<ChecklistTaskView> row = task(day);
        jdbc.query(TASKS + " and " + condition + " order by c.kind, t.checklist_id, t.position", (ResultSet rs) -> {
            ChecklistTaskView v = row.mapRow(rs, 0);
            tasks.computeIfAbsent(v.checklistId(), k -> new ArrayList<>()).add(v);
        }, t, t, id);
        return jdbc.query("""
                select c.*, (c.completed_at is not null and c.completed_at <= ?) as done from checklist_view c
                where c.opened_at <= ? and """ + " " + condition + " order by c.opened_at, c.kind", (rs, i) -> view(rs, tasks), t, t, id);
    }

    private static ChecklistView view(ResultSet rs, Map<UUID, List<ChecklistTaskView>> all) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<ChecklistTaskView> tasks = all.getOrDefault(id, List.of());
        boolean done = rs.getBoolean("done");
        return new ChecklistView(id, rs.getObject("employee_id", UUID.class),
                tasks.isEmpty() ? null : tasks.get(0).employeeName(), rs.getString("kind"),
                rs.getDate("reference_date").toLocalDate(), rs.getTimestamp("opened_at").toInstant(), done,
                done ? rs.getTimestamp("completed_at").toInstant() : null,
                (int) tasks.stream().filter(x -> !x.done()).count(), (int) tasks.stream().filter(ChecklistTaskView::overdue).count(),
                tasks);
    }
}
