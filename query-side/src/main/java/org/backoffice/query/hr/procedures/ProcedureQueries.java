package org.backoffice.query.hr.procedures;

import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.queryhandling.QueryHandler;
import org.backoffice.query.common.PageView;
import org.backoffice.query.common.PersonalDataReader;
import org.backoffice.query.hr.employment.HrViews;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Disciplinary records and conflict cases as of an instant (null: now): what was recorded by
 * then, with the status of that instant's day (UTC). Reasons and notes are opened with their
 * person's key; once erased they read "[erased]". Reasons stored before they were sealed are
 * shown as stored.
 */
@Component
public class ProcedureQueries {

    public record FindDisciplinaryRecord(UUID employeeId, Instant asOf) {
    }

    public record DisciplinaryActionView(UUID id,
                                         @Schema(allowableValues = {"VERBAL_WARNING", "WRITTEN_WARNING", "FINAL_WARNING", "SUSPENSION"}) String level,
                                         LocalDate date,
                                         @Schema(description = "the first day it no longer counts") LocalDate expiresOn,
                                         @Schema(description = "true for an action recorded before expiries were stored: "
                                                 + "its date plus the default 24 months") boolean expiryAssumed,
                                         @Schema(allowableValues = {"ACTIVE", "EXPIRED", "WITHDRAWN"}) String status,
                                         @Schema(description = "personal data: \"[erased]\" once the HR file is erased") String reason,
                                         Instant recordedAt, Instant withdrawnAt, LocalDate withdrawnOn, String withdrawalReason) {
    }

    public record DisciplinaryRecordView(UUID employeeId,
                                         @Schema(description = "the day the statuses are of (the asOf instant's day, UTC)") LocalDate date,
                                         @Schema(description = "the latest first") List<DisciplinaryActionView> actions,
                                         @Schema(description = "the actions ACTIVE on the date") List<DisciplinaryActionView> active,
                                         @Schema(description = "whether a written or final warning is active on the date: "
                                                 + "what a termination for conduct on that day needs") boolean warningInWritingActive,
                                         LocalDate terminationDate,
                                         @Schema(description = "the grounds of the termination, when given") String terminationGrounds) {
    }

    /** Any filter may be null. */
    public record FindConflicts(String status, UUID employeeId, Boolean followUpDue, Instant asOf, int page, int size) {
    }

    public record FindConflict(UUID conflictId, Instant asOf) {
    }

    public record ConflictPartyView(UUID employeeId, @Schema(description = "\"[erased]\" once erased") String name) {
    }

    public record ConflictSummaryView(UUID id, List<ConflictPartyView> parties, String description,
                                      @Schema(allowableValues = {"OPEN", "AGREED", "ESCALATED"}) String status,
                                      ConflictPartyView mediator, Instant openedAt, Instant closedAt,
                                      int sessions, LocalDate lastSessionDate,
                                      @Schema(description = "the next follow-up not yet due") LocalDate nextFollowUp,
                                      @Schema(description = "follow-ups due and not yet met by a session on or after their day "
                                              + "(counted while the case is open)") int followUpsDue) {
    }

    public record ConflictList(PageView<ConflictSummaryView> page) {
    }

    public record SessionNoteView(UUID employeeId, @Schema(description = "personal data of that party: \"[erased]\" once "
            + "their HR file is erased") String note) {
    }

    public record ConflictSessionView(UUID id, LocalDate date, UUID mediatorId, List<SessionNoteView> notes, Instant recordedAt) {
    }

    public record ConflictFollowUpView(UUID id, LocalDate date, String purpose,
                                       @Schema(allowableValues = {"PENDING", "DUE", "MET"}, description = "PENDING until its day's "
                                               + "reminder, then DUE until a session on or after its day (MET)") String status,
                                       Instant scheduledAt, Instant dueAt) {
    }

    public record ConflictCaseView(ConflictSummaryView summary,
                                   @Schema(description = "the agreement (AGREED) or the reason for the escalation (ESCALATED)") String closingText,
                                   List<ConflictSessionView> sessions, List<ConflictFollowUpView> followUps) {
    }

    private final JdbcTemplate jdbc;
    private final PersonalDataReader personalData;

    ProcedureQueries(JdbcTemplate jdbc, PersonalDataReader personalData) {
        this.jdbc = jdbc;
        this.personalData = personalData;
    }

    private static Timestamp at(Instant asOf) {
        return Timestamp.from(asOf == null ? Instant.now() : asOf);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private String open(UUID subject, String sealed) {
        return sealed == null ? null : personalData.open(subject, sealed).orElse(HrViews.ERASED);
    }

    @QueryHandler
    public Optional<DisciplinaryRecordView> handle(FindDisciplinaryRecord q) {
        Timestamp t = at(q.asOf());
        LocalDate day = LocalDate.ofInstant(t.toInstant(), ZoneOffset.UTC);
        List<Object[]> employee = jdbc.query("select last_day, termination_grounds from employee_view where id = ?",
                (rs, i) -> new Object[]{rs.getObject(1, LocalDate.class), rs.getString(2)}, q.employeeId());
        if (employee.isEmpty()) {
            return Optional.empty();
        }
        List<DisciplinaryActionView> actions = jdbc.query("""
                select * from disciplinary_action_view where employee_id = ? and recorded_at <= ?
                order by action_date desc, recorded_at desc""", (rs, i) -> {
            boolean withdrawn = rs.getTimestamp("withdrawn_at") != null && !rs.getTimestamp("withdrawn_at").after(t);
            LocalDate expiresOn = rs.getObject("expires_on", LocalDate.class);
            String plain = rs.getString("plain_reason");
            return new DisciplinaryActionView(rs.getObject("action_id", UUID.class), rs.getString("level"),
                    rs.getObject("action_date", LocalDate.class), expiresOn, rs.getBoolean("expiry_assumed"),
                    withdrawn ? "WITHDRAWN" : day.isBefore(expiresOn) ? "ACTIVE" : "EXPIRED",
                    plain != null ? plain : open(q.employeeId(), rs.getString("sealed_reason")),
                    instant(rs, "recorded_at"), withdrawn ? instant(rs, "withdrawn_at") : null,
                    withdrawn ? rs.getObject("withdrawn_on", LocalDate.class) : null,
                    withdrawn ? open(q.employeeId(), rs.getString("sealed_withdrawal_reason")) : null);
        }, q.employeeId(), t);
        List<DisciplinaryActionView> active = actions.stream().filter(a -> a.status().equals("ACTIVE")).toList();
        boolean inWriting = active.stream().anyMatch(a -> a.level().equals("WRITTEN_WARNING") || a.level().equals("FINAL_WARNING"));
        return Optional.of(new DisciplinaryRecordView(q.employeeId(), day, actions, active, inWriting,
                (LocalDate) employee.get(0)[0], (String) employee.get(0)[1]));
    }

    /** The case as of ? (the same instant in each of its 8 placeholders), with its counts. */
    private static final String CASES = """
            select c.*, m.mediator_id,
                case when c.closed_at is not null and c.closed_at <= ? then c.closed_as else 'OPEN' end as status,
                (select count(*) from conflict_session_view s where s.conflict_id = c.conflict_id and s.recorded_at <= ?) as sessions,
                (select max(s.session_date) from conflict_session_view s where s.conflict_id = c.conflict_id and s.recorded_at <= ?)
                    as last_session,
                (select min(f.follow_up_date) from conflict_follow_up_view f where f.conflict_id = c.conflict_id
                    and f.scheduled_at <= ? and (f.due_at is null or f.due_at > ?)) as next_follow_up,
                (select count(*) from conflict_follow_up_view f where f.conflict_id = c.conflict_id and f.due_at <= ?
                    and not exists (select 1 from conflict_session_view s where s.conflict_id = c.conflict_id
                        and s.session_date >= f.follow_up_date and s.recorded_at <= ?)) as due
            from conflict_case_view c
            left join lateral (select mediator_id from conflict_mediator_view m where m.conflict_id = c.conflict_id
                and m.assigned_at <= ? order by m.sequence desc limit 1) m on true
            """;

    private Object[] caseArgs(Timestamp t) {
        return new Object[]{t, t, t, t, t, t, t, t};
    }

    private ConflictPartyView party(UUID employee) {
        if (employee == null) {
            return null;
        }
        List<String> names = jdbc.query("select first_name, last_name, payroll_erased from employee_view where id = ?",
                (rs, i) -> rs.getBoolean("payroll_erased") || rs.getString("first_name") == null ? HrViews.ERASED
                        : rs.getString("first_name") + " " + rs.getString("last_name"), employee);
        return new ConflictPartyView(employee, names.isEmpty() ? null : names.get(0));
    }

    private ConflictSummaryView summary(ResultSet rs) throws SQLException {
        String status = rs.getString("status");
        return new ConflictSummaryView(rs.getObject("conflict_id", UUID.class),
                List.of(party(rs.getObject("employee_a", UUID.class)), party(rs.getObject("employee_b", UUID.class))),
                rs.getString("description"), status, party(rs.getObject("mediator_id", UUID.class)), instant(rs, "opened_at"),
                status.equals("OPEN") ? null : instant(rs, "closed_at"), rs.getInt("sessions"),
                rs.getObject("last_session", LocalDate.class), rs.getObject("next_follow_up", LocalDate.class),
                status.equals("OPEN") ? rs.getInt("due") : 0);
    }

    @QueryHandler
    public ConflictList handle(FindConflicts q) {
        Timestamp t = at(q.asOf());
        String from = "select * from (" + CASES + " where c.opened_at <= ?) x"
                + " where (cast(? as varchar) is null or x.status = ?)"
                + " and (cast(? as uuid) is null or x.employee_a = ? or x.employee_b = ?)"
                + " and (cast(? as boolean) is null or (x.status = 'OPEN' and x.due > 0) = ?)";
        List<Object> args = new ArrayList<>(List.of(caseArgs(t)));
        args.add(t);
        args.addAll(java.util.Arrays.asList(q.status(), q.status(), q.employeeId(), q.employeeId(), q.employeeId(),
                q.followUpDue(), q.followUpDue()));
        Long total = jdbc.queryForObject("select count(*) from (" + from + ") n", Long.class, args.toArray());
        args.add(q.size());
        args.add((long) q.page() * q.size());
        List<ConflictSummaryView> items = jdbc.query(from
                + " order by (x.status = 'OPEN' and x.due > 0) desc, x.opened_at desc, x.conflict_id limit ? offset ?",
                (rs, i) -> summary(rs), args.toArray());
        return new ConflictList(new PageView<>(items, q.page(), q.size(), total == null ? 0 : total));
    }

    @QueryHandler
    public Optional<ConflictCaseView> handle(FindConflict q) {
        Timestamp t = at(q.asOf());
        List<Object> args = new ArrayList<>(List.of(caseArgs(t)));
        args.add(q.conflictId());
        args.add(t);
        List<Object[]> found = jdbc.query(CASES + " where c.conflict_id = ? and c.opened_at <= ?",
                (rs, i) -> new Object[]{summary(rs), rs.getString("closed_text")}, args.toArray());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ConflictSummaryView summary = (ConflictSummaryView) found.get(0)[0];
        Map<UUID, ConflictSessionView> sessions = new LinkedHashMap<>();
        jdbc.query("""
                select s.*, n.employee_id, n.sealed_note from conflict_session_view s
                left join conflict_session_note_view n on n.session_id = s.session_id
                where s.conflict_id = ? and s.recorded_at <= ?
                order by s.session_date, s.recorded_at, s.session_id, n.employee_id""", rs -> {
            UUID id = rs.getObject("session_id", UUID.class);
            ConflictSessionView session = sessions.computeIfAbsent(id, k -> {
                try {
                    return new ConflictSessionView(id, rs.getObject("session_date", LocalDate.class),
                            rs.getObject("mediator_id", UUID.class), new ArrayList<>(), instant(rs, "recorded_at"));
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            UUID party = rs.getObject("employee_id", UUID.class);
            if (party != null) {
                session.notes().add(new SessionNoteView(party, open(party, rs.getString("sealed_note"))));
            }
        }, q.conflictId(), t);
        List<ConflictFollowUpView> followUps = jdbc.query("""
                select f.*, case when f.due_at is null or f.due_at > ? then 'PENDING'
                    when exists (select 1 from conflict_session_view s where s.conflict_id = f.conflict_id
                        and s.session_date >= f.follow_up_date and s.recorded_at <= ?) then 'MET' else 'DUE' end as status
                from conflict_follow_up_view f where f.conflict_id = ? and f.scheduled_at <= ?
                order by f.follow_up_date, f.scheduled_at""", (rs, i) -> {
            String status = rs.getString("status");
            return new ConflictFollowUpView(rs.getObject("follow_up_id", UUID.class), rs.getObject("follow_up_date", LocalDate.class),
                    rs.getString("purpose"), status, instant(rs, "scheduled_at"),
                    status.equals("PENDING") ? null : instant(rs, "due_at"));
        }, t, t, q.conflictId(), t);
        return Optional.of(new ConflictCaseView(summary, summary.status().equals("OPEN") ? null : (String) found.get(0)[1],
                sessions.values().stream().map(s -> new ConflictSessionView(s.id(), s.date(), s.mediatorId(), List.copyOf(s.notes()),
                        s.recordedAt())).toList(), followUps));
    }
}
