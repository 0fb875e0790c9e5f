package org.backoffice.query.hr.employment;

import org.axonframework.queryhandling.QueryHandler;
import org.backoffice.events.common.Money;
import org.backoffice.query.common.PageView;
import org.backoffice.query.hr.employment.HrViews.EmployeeList;
import org.backoffice.query.hr.employment.HrViews.EmployeeView;
import org.backoffice.query.hr.employment.HrViews.HeadcountView;
import org.backoffice.query.hr.employment.HrViews.PositionList;
import org.backoffice.query.hr.employment.HrViews.PositionView;
import org.backoffice.query.hr.employment.HrViews.Trend;
import org.backoffice.query.hr.employment.HrViews.TrendPoint;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

@Component
public class HrQueryHandler {

    /**
     * Each employee with the assignment and salary in force on a day (:day, or the start date
     * for someone who has not started yet) and the status on that day.
     */
    private static final String EMPLOYEES_ON = """
            select e.id, e.first_name, e.last_name, e.email, e.personal_data_erased, e.hr_file_erased, e.payroll_erased, e.iban, e.bic, e.position_id, e.start_date,
                   e.last_day, a.department, a.job_title, a.manager_id, s.amount, s.currency,
                   case when e.last_day is null or e.last_day >= ? then 'ACTIVE' else 'TERMINATED' end as status
            from employee_view e
            join lateral (select department, job_title, manager_id from employee_assignment a
                          where a.employee_id = e.id and a.valid_from <= greatest(?, e.start_date)
                          order by a.valid_from desc, a.sequence desc limit 1) a on true
            join lateral (select amount, currency from employee_salary s
                          where s.employee_id = e.id and s.valid_from <= greatest(?, e.start_date)
                          order by s.valid_from desc, s.sequence desc limit 1) s on true
            """;

    private static final RowMapper<EmployeeView> EMPLOYEE = (rs, i) -> {
        // The name and bank details are the payroll class's, the e-mail the HR file's (each erased when its retention ends).
        boolean all = rs.getBoolean("personal_data_erased");
        boolean erased = all || rs.getBoolean("payroll_erased");
        boolean fileErased = all || rs.getBoolean("hr_file_erased");
        Date last = rs.getDate("last_day");
        return new EmployeeView(rs.getObject("id", UUID.class),
                erased ? HrViews.ERASED : rs.getString("first_name"),
                erased ? HrViews.ERASED : rs.getString("last_name"),
                fileErased ? HrViews.ERASED : rs.getString("email"), all,
                rs.getString("department"), rs.getString("job_title"), rs.getObject("manager_id", UUID.class),
                rs.getObject("position_id", UUID.class), rs.getDate("start_date").toLocalDate(),
                last == null ? null : last.toLocalDate(), rs.getString("status"),
                new Money(rs.getBigDecimal("amount"), rs.getString("currency")),
                erased ? (rs.getString("iban") == null ? null
                        : new org.backoffice.events.accounting.BankDetails(HrViews.ERASED, null))
                        : rs.getString("iban") == null ? null
                        : new org.backoffice.events.accounting.BankDetails(rs.getString("iban"), rs.getString("bic")));
    };

    private final JdbcTemplate jdbc;

    HrQueryHandler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public EmployeeList handle(HrQueries.FindEmployees q) {
        Date today = Date.valueOf(q.today());
        String filtered = "select * from (" + EMPLOYEES_ON + ") x where (cast(? as varchar) is null or department = ?)"
                + " and (cast(? as varchar) is null or status = ?)";
        Object[] args = {today, today, today, q.department(), q.department(), q.status(), q.status()};
        Long total = jdbc.queryForObject("select count(*) from (" + filtered + ") c", Long.class, args);
        List<Object> pageArgs = new ArrayList<>(java.util.Arrays.asList(args));
        pageArgs.add(q.size());
        pageArgs.add((long) q.page() * q.size());
        List<EmployeeView> items = jdbc.query(filtered + " order by start_date, id limit ? offset ?", EMPLOYEE,
                pageArgs.toArray());
        return new EmployeeList(new PageView<>(items, q.page(), q.size(), total == null ? 0 : total));
    }

    @QueryHandler
    public Optional<EmployeeView> handle(HrQueries.FindEmployee q) {
        Date today = Date.valueOf(q.today());
        return jdbc.query(EMPLOYEES_ON + " where e.id = ?", EMPLOYEE, today, today, today, q.employeeId())
                .stream().findFirst();
    }

    @QueryHandler
    public Optional<HrViews.EmployeeHistory> handle(HrQueries.FindEmployeeHistory q) {
        List<Map<String, Object>> employee = jdbc.queryForList("select start_date, last_day, terminated_sequence from employee_view where id = ?",
                q.employeeId());
        if (employee.isEmpty()) {
            return Optional.empty();
        }
        // Each recorded change is one event: a hire wrote an assignment and a salary with the same sequence.
        record Row(long sequence, LocalDate from, HrViews.HistoryEntry entry) {
        }
        Map<Long, Row> assignments = new TreeMap<>();
        jdbc.query("select * from employee_assignment where employee_id = ?", rs -> {
            assignments.put(rs.getLong("sequence"), new Row(rs.getLong("sequence"), rs.getDate("valid_from").toLocalDate(),
                    new HrViews.HistoryEntry(rs.getDate("valid_from").toLocalDate(), "TRANSFERRED", rs.getString("department"),
                            rs.getString("job_title"), rs.getObject("manager_id", UUID.class), null, null, rs.getLong("sequence"))));
        }, q.employeeId());
        Map<Long, Row> salaries = new TreeMap<>();
        jdbc.query("select * from employee_salary where employee_id = ?", rs -> {
            salaries.put(rs.getLong("sequence"), new Row(rs.getLong("sequence"), rs.getDate("valid_from").toLocalDate(),
                    new HrViews.HistoryEntry(rs.getDate("valid_from").toLocalDate(), "SALARY_CHANGED", null, null, null,
                            new Money(rs.getBigDecimal("amount"), rs.getString("currency").strip()), null, rs.getLong("sequence"))));
        }, q.employeeId());
        List<Row> rows = new ArrayList<>();
        long hire = assignments.keySet().stream().mapToLong(Long::longValue).min().orElse(-1);
        assignments.forEach((sequence, a) -> {
            Row s = salaries.get(sequence);
            if (sequence == hire && s != null) {
                rows.add(new Row(sequence, a.from(), new HrViews.HistoryEntry(a.from(), "HIRED", a.entry().department(),
                        a.entry().jobTitle(), a.entry().managerId(), s.entry().monthlySalary(), "ACTIVE", sequence)));
            } else {
                rows.add(a);
            }
        });
        salaries.forEach((sequence, s) -> {
            if (sequence != hire) {
                rows.add(s);
            }
        });
        Object lastDay = employee.get(0).get("last_day");
        if (lastDay != null) {
            LocalDate last = ((Date) lastDay).toLocalDate();
            Number terminated = (Number) employee.get(0).get("terminated_sequence");
            rows.add(new Row(Long.MAX_VALUE, last, new HrViews.HistoryEntry(last, "TERMINATED", null, null, null, null,
                    "TERMINATED", terminated == null ? null : terminated.longValue())));
        }
        rows.sort(java.util.Comparator.comparing(Row::from).thenComparingLong(Row::sequence));
        List<HrViews.ReviewView> reviews = jdbc.query("select * from employee_review where employee_id = ? order by period",
                (rs, i) -> new HrViews.ReviewView(rs.getString("period"), rs.getInt("rating"),
                        rs.getObject("reviewer_id", UUID.class), rs.getString("summary"),
                        rs.getTimestamp("recorded_at").toInstant()), q.employeeId());
        return Optional.of(new HrViews.EmployeeHistory(q.employeeId(), rows.stream().map(Row::entry).toList(), reviews));
    }

    @QueryHandler
    public PositionList handle(HrQueries.FindPositions q) {
        String where = " where (cast(? as varchar) is null or department = ?) and (cast(? as varchar) is null or status = ?)";
        Object[] args = {q.department(), q.department(), q.status(), q.status()};
        Long total = jdbc.queryForObject("select count(*) from position_view" + where, Long.class, args);
        List<PositionView> items = jdbc.query("select id, title, department, status, employee_id from position_view"
                        + where + " order by opened_at, id limit ? offset ?",
                (rs, i) -> new PositionView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, UUID.class)),
                q.department(), q.department(), q.status(), q.status(), q.size(), (long) q.page() * q.size());
        return new PositionList(new PageView<>(items, q.page(), q.size(), total == null ? 0 : total));
    }

    @QueryHandler
    public HeadcountView handle(HrQueries.GetHeadcount q) {
        return headcount(q.asOf());
    }

    HeadcountView headcount(LocalDate day) {
        Date d = Date.valueOf(day);
        Map<String, Long> byDepartment = new TreeMap<>();
        jdbc.query("""
                select a.department, count(*) from employee_view e
                join lateral (select department from employee_assignment a
                              where a.employee_id = e.id and a.valid_from <= ?
                              order by a.valid_from desc, a.sequence desc limit 1) a on true
                where e.start_date <= ? and (e.last_day is null or e.last_day >= ?)
                group by a.department""", rs -> {
            byDepartment.put(rs.getString(1), rs.getLong(2));
        }, d, d, d);
        Timestamp endOfDay = Timestamp.from(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        Long open = jdbc.queryForObject("""
                select count(*) from position_view
                where opened_at < ? and (ended_at is null or ended_at >= ?)""", Long.class, endOfDay, endOfDay);
        long total = byDepartment.values().stream().mapToLong(Long::longValue).sum();
        return new HeadcountView(day, total, byDepartment, open == null ? 0 : open);
    }

    @QueryHandler
    public Trend handle(HrQueries.GetHeadcountTrend q) {
        List<TrendPoint> points = new ArrayList<>();
        for (YearMonth m = q.from(); !m.isAfter(q.to()); m = m.plusMonths(1)) {
            Date first = Date.valueOf(m.atDay(1));
            Date last = Date.valueOf(m.atEndOfMonth());
            Long hires = jdbc.queryForObject("select count(*) from employee_view where start_date between ? and ?",
                    Long.class, first, last);
            Long terminations = jdbc.queryForObject("select count(*) from employee_view where last_day between ? and ?",
                    Long.class, first, last);
            points.add(new TrendPoint(m, headcount(m.atEndOfMonth()).total(), hires == null ? 0 : hires,
                    terminations == null ? 0 : terminations));
        }
        return new Trend(points);
    }

    @QueryHandler
    public java.util.Optional<HrViews.ErasurePlanView> handle(HrQueries.FindErasurePlan q) {
        java.util.List<java.time.Instant> requested = new java.util.ArrayList<>();
        java.util.List<HrViews.ErasureClassView> classes = jdbc.query("""
                select * from employee_erasure_view where employee_id = ? order by retained_until, retention_class""", (rs, i) -> {
            requested.add(rs.getTimestamp("requested_at").toInstant());
            java.sql.Timestamp erased = rs.getTimestamp("erased_at");
            LocalDate until = rs.getObject("retained_until", LocalDate.class);
            return new HrViews.ErasureClassView(rs.getString("retention_class"), rs.getObject("retention_start", LocalDate.class),
                    until, erased != null ? "ERASED" : "SCHEDULED", erased == null ? null : erased.toInstant(),
                    erased == null ? until.plusDays(1) : null, rs.getString("basis"));
        }, q.employeeId());
        return classes.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new HrViews.ErasurePlanView(q.employeeId(), requested.get(0), classes));
    }
}
