package org.backoffice.query.hr.leave;

import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.queryhandling.QueryHandler;
import org.backoffice.events.hr.LeaveRules;
import org.backoffice.events.hr.LeaveYears;
import org.backoffice.query.common.PageView;
import org.backoffice.query.common.PersonalDataReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Leaves, balances as of a day, the department calendar and sick days, from the leave read model. */
@Component
public class LeaveQueries {

    /** Any filter may be null; from/to: leaves that touch the range. */
    public record FindLeaves(UUID employeeId, String department, String type, String status, LocalDate from, LocalDate to,
                             int page, int size) {
    }

    public record LeaveView(UUID id, UUID employeeId, String employeeName, String department,
                            @Schema(allowableValues = {"ANNUAL", "SICK", "UNPAID", "PARENTAL", "SPECIAL"}) String type,
                            LocalDate firstDay, LocalDate lastDay,
                            @Schema(description = "working days of the leave (weekends and public holidays not counted)") int workingDays,
                            @Schema(allowableValues = {"REQUESTED", "APPROVED", "REFUSED", "CANCELLED"}) String status,
                            @Schema(description = "null once the employee's personal data is erased") String note,
                            Instant requestedAt, Instant decidedAt,
                            @Schema(description = "why it was refused or cancelled") String reason) {
    }

    public record LeaveList(PageView<LeaveView> page) {
    }

    public record FindLeaveBalance(UUID employeeId, LocalDate day) {
    }

    public record LeaveBalanceView(UUID employeeId, LocalDate date, int year,
                                   @Schema(description = "before pro-rating") BigDecimal annualDays,
                                   @Schema(description = "the year's entitlement, pro-rated in the years of joining and leaving") BigDecimal entitlement,
                                   @Schema(description = "days carried over from the year before") BigDecimal carriedOver,
                                   LocalDate carryOverDeadline,
                                   @Schema(description = "carried days not taken by the deadline (counted once it has passed)") BigDecimal carryExpired,
                                   @Schema(description = "approved annual leave on or before the date") BigDecimal taken,
                                   @Schema(description = "approved annual leave after the date, in the same year") BigDecimal planned,
                                   @Schema(description = "annual leave requested and not yet decided") BigDecimal requested,
                                   @Schema(description = "entitlement + carriedOver - carryExpired - taken - planned") BigDecimal remaining,
                                   @Schema(description = "the last day of the employment, once the account is settled") LocalDate settledOn,
                                   @Schema(description = "untaken days at the end of the employment") BigDecimal untakenDays,
                                   @Schema(description = "whether the final payroll pays them out") Boolean paidOut) {
    }

    public record FindLeaveCalendar(String department, LocalDate from, LocalDate to) {
    }

    public record CalendarLeave(UUID id, String type, LocalDate firstDay, LocalDate lastDay, String status) {
    }

    public record CalendarRow(UUID employeeId, String employeeName, String department, List<CalendarLeave> leaves) {
    }

    public record LeaveCalendar(String department, LocalDate from, LocalDate to, List<CalendarRow> employees) {
    }

    public record FindSickDays(String department, LocalDate from, LocalDate to) {
    }

    public record SickDaysView(UUID employeeId, String employeeName, String department,
                               @Schema(description = "working days of sick leave in the range") int workingDays,
                               @Schema(description = "sick leaves touching the range") int spells) {
    }

    public record SickDaysList(LocalDate from, LocalDate to, List<SickDaysView> employees) {
    }

    private final JdbcTemplate jdbc;
    private final PersonalDataReader personalData;
    private final LeaveRules defaults;

    LeaveQueries(JdbcTemplate jdbc, PersonalDataReader personalData,
                 @Value("${backoffice.hr.leave.annual-days:30}") BigDecimal annualDays,
                 @Value("${backoffice.hr.leave.carry-over-limit:5}") BigDecimal carryOverLimit,
                 @Value("${backoffice.hr.leave.carry-over-deadline:03-31}") String carryOverDeadline) {
        this.jdbc = jdbc;
        this.personalData = personalData;
        this.defaults = new LeaveRules(annualDays, carryOverLimit, MonthDay.parse("--" + carryOverDeadline));
    }

    /** The department an employee belonged to on a day (their first one before they started). */
    static final String DEPARTMENT_ON = """
            coalesce((select a.department from employee_assignment a where a.employee_id = e.id and a.valid_from <= ?
                      order by a.valid_from desc, a.sequence desc limit 1),
                     (select a.department from employee_assignment a where a.employee_id = e.id
                      order by a.valid_from, a.sequence limit 1))""";

    private static String name(ResultSet rs) throws SQLException {
        String first = rs.getString("first_name");
        return first == null ? null : first + " " + rs.getString("last_name");
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    @QueryHandler
    public LeaveList handle(FindLeaves q) {
        LocalDate on = q.from() != null ? q.from() : LocalDate.now();
        String from = """
                 from leave_view l join employee_view e on e.id = l.employee_id
                 cross join lateral (select %s as department) d
                 where (cast(? as uuid) is null or l.employee_id = ?) and (cast(? as varchar) is null or d.department = ?)
                   and (cast(? as varchar) is null or l.type = ?) and (cast(? as varchar) is null or l.status = ?)
                   and (cast(? as date) is null or l.last_day >= ?) and (cast(? as date) is null or l.first_day <= ?)
                """.formatted(DEPARTMENT_ON);
        Date fromDay = q.from() == null ? null : Date.valueOf(q.from());
        Date toDay = q.to() == null ? null : Date.valueOf(q.to());
        Object[] args = {Date.valueOf(on), q.employeeId(), q.employeeId(), q.department(), q.department(), q.type(), q.type(),
                q.status(), q.status(), fromDay, fromDay, toDay, toDay};
        Long total = jdbc.queryForObject("select count(*)" + from, Long.class, args);
        List<Object> paged = new ArrayList<>(Arrays.asList(args));
        paged.add(q.size());
        paged.add((long) q.page() * q.size());
        List<LeaveView> items = jdbc.query("select l.*, e.first_name, e.last_name, d.department" + from
                + " order by l.first_day desc, l.requested_at desc limit ? offset ?", (rs, i) -> {
            UUID employee = rs.getObject("employee_id", UUID.class);
            String sealed = rs.getString("sealed_note");
            return new LeaveView(rs.getObject("leave_id", UUID.class), employee, name(rs), rs.getString("department"),
                    rs.getString("type"), rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class),
                    rs.getInt("day_count"), rs.getString("status"),
                    sealed == null ? null : personalData.open(employee, sealed).orElse(null),
                    instant(rs, "requested_at"), instant(rs, "decided_at"), rs.getString("decision_reason"));
        }, paged.toArray());
        return new LeaveList(new PageView<>(items, q.page(), q.size(), total == null ? 0 : total));
    }

    @QueryHandler
    public Optional<LeaveBalanceView> handle(FindLeaveBalance q) {
        List<LocalDate[]> employment = jdbc.query("select start_date, last_day from employee_view where id = ?",
                (rs, i) -> new LocalDate[]{rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)}, q.employeeId());
        if (employment.isEmpty()) {
            return Optional.empty();
        }
        LocalDate hiredOn = employment.get(0)[0];
        LocalDate lastDay = employment.get(0)[1];
        Map<String, Object> account = jdbc.queryForList("select * from leave_account_view where employee_id = ?", q.employeeId())
                .stream().findFirst().orElse(null);
        LeaveRules rules = account == null ? defaults : new LeaveRules((BigDecimal) account.get("annual_days"),
                (BigDecimal) account.get("carry_over_limit"), MonthDay.parse((String) account.get("carry_over_deadline")));
        Map<Integer, BigDecimal> changes = new HashMap<>();
        jdbc.query("select from_year, annual_days from leave_entitlement_view where employee_id = ?",
                rs -> { changes.put(rs.getInt(1), rs.getBigDecimal(2)); }, q.employeeId());
        List<LocalDate> approved = jdbc.query("""
                select d from leave_view l cross join unnest(l.working_days) d
                where l.employee_id = ? and l.type = 'ANNUAL' and l.status = 'APPROVED'""",
                (rs, i) -> rs.getObject(1, LocalDate.class), q.employeeId());
        Long requested = jdbc.queryForObject("""
                select count(*) from leave_view l cross join unnest(l.working_days) d
                where l.employee_id = ? and l.type = 'ANNUAL' and l.status = 'REQUESTED' and extract(year from d) = ?""",
                Long.class, q.employeeId(), q.day().getYear());
        LeaveYears years = new LeaveYears(hiredOn, lastDay, rules, changes, approved);
        LeaveYears.Year y = years.asOf(q.day());
        LocalDate settledOn = account == null || account.get("settled_on") == null ? null
                : ((Date) account.get("settled_on")).toLocalDate();
        return Optional.of(new LeaveBalanceView(q.employeeId(), q.day(), y.year(), days(years.annualDays(y.year())),
                days(y.entitlement()), days(y.carriedOver()), years.deadline(y.year()), days(y.carryExpired()), days(y.taken()),
                days(y.planned()), BigDecimal.valueOf(requested == null ? 0 : requested), days(y.remaining()), settledOn,
                account == null ? null : days((BigDecimal) account.get("untaken_days")),
                account == null ? null : (Boolean) account.get("paid_out")));
    }

    /** Days as people write them: 30, 12.5, 1.67 (never 30.00 nor 3E+1). */
    private static BigDecimal days(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    @QueryHandler
    public LeaveCalendar handle(FindLeaveCalendar q) {
        Map<UUID, CalendarRow> rows = new LinkedHashMap<>();
        jdbc.query("""
                select e.id, e.first_name, e.last_name, d.department, l.leave_id, l.type, l.first_day, l.last_day, l.status
                from employee_view e cross join lateral (select %s as department) d
                left join leave_view l on l.employee_id = e.id and l.status in ('REQUESTED', 'APPROVED')
                    and l.first_day <= ? and l.last_day >= ?
                where e.start_date <= ? and (e.last_day is null or e.last_day >= ?)
                  and (cast(? as varchar) is null or d.department = ?)
                order by d.department, e.last_name, e.first_name, e.id, l.first_day""".formatted(DEPARTMENT_ON), rs -> {
            UUID employee = rs.getObject("id", UUID.class);
            CalendarRow row = rows.computeIfAbsent(employee, id -> {
                try {
                    return new CalendarRow(id, name(rs), rs.getString("department"), new ArrayList<>());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            UUID leave = rs.getObject("leave_id", UUID.class);
            if (leave != null) {
                row.leaves().add(new CalendarLeave(leave, rs.getString("type"), rs.getObject("first_day", LocalDate.class),
                        rs.getObject("last_day", LocalDate.class), rs.getString("status")));
            }
        }, Date.valueOf(q.to()), Date.valueOf(q.to()), Date.valueOf(q.from()), Date.valueOf(q.to()), Date.valueOf(q.from()),
                q.department(), q.department());
        return new LeaveCalendar(q.department(), q.from(), q.to(), List.copyOf(rows.values()));
    }

    @QueryHandler
    public SickDaysList handle(FindSickDays q) {
        List<SickDaysView> rows = jdbc.query("""
                select e.id, e.first_name, e.last_name, d.department,
                       (select count(*) from unnest(l.working_days) w where w between ? and ?) as days, 1 as spell
                from leave_view l join employee_view e on e.id = l.employee_id
                cross join lateral (select %s as department) d
                where l.type = 'SICK' and l.status = 'APPROVED' and l.first_day <= ? and l.last_day >= ?
                  and (cast(? as varchar) is null or d.department = ?)""".formatted(DEPARTMENT_ON), (rs, i) ->
                new SickDaysView(rs.getObject("id", UUID.class), name(rs), rs.getString("department"), rs.getInt("days"), 1),
                Date.valueOf(q.from()), Date.valueOf(q.to()), Date.valueOf(q.to()), Date.valueOf(q.to()), Date.valueOf(q.from()),
                q.department(), q.department());
        Map<UUID, SickDaysView> byEmployee = new LinkedHashMap<>();
        rows.forEach(r -> byEmployee.merge(r.employeeId(), r, (a, b) -> new SickDaysView(a.employeeId(), a.employeeName(),
                a.department(), a.workingDays() + b.workingDays(), a.spells() + b.spells())));
        List<SickDaysView> sorted = new ArrayList<>(byEmployee.values());
        sorted.sort(java.util.Comparator.comparingInt(SickDaysView::workingDays).reversed()
                .thenComparing(SickDaysView::employeeId));
        return new SickDaysList(q.from(), q.to(), sorted);
    }
}
