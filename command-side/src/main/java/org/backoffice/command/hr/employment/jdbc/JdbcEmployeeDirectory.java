package org.backoffice.command.hr.employment.jdbc;

import org.backoffice.command.hr.PersonalDataVault;
import org.backoffice.command.hr.employment.EmployeeDirectory;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.backoffice.events.common.Money;
import org.backoffice.events.hr.EmployeeHiredEvent;
import org.backoffice.events.hr.LeaveAccountSettledEvent;
import org.backoffice.events.hr.LeaveApprovedEvent;
import org.backoffice.events.hr.LeaveCancelledEvent;
import org.backoffice.events.hr.EmployeeLeftEvent;
import org.backoffice.events.hr.EmployeePersonalDataErasedEvent;
import org.backoffice.events.hr.EmployeeTerminatedEvent;
import org.backoffice.events.hr.SalaryChangedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The employee directory tables, written by a subscribing processor in the same transaction as
 * the events. The e-mail is kept (lower-cased) only for the uniqueness rule and is removed when
 * the employee's personal data is erased.
 */
@Component
@ProcessingGroup(JdbcEmployeeDirectory.PROCESSING_GROUP)
public class JdbcEmployeeDirectory implements EmployeeDirectory {

    public static final String PROCESSING_GROUP = "employee-directory";

    private final JdbcTemplate jdbc;
    private final PersonalDataVault vault;

    public JdbcEmployeeDirectory(JdbcTemplate jdbc, PersonalDataVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public Optional<Entry> find(UUID employeeId) {
        List<Entry> found = load("where d.employee_id = ?", employeeId);
        return found.stream().findFirst();
    }

    @Override
    public Optional<UUID> activeHolderOfEmail(String email, LocalDate day, UUID except) {
        return jdbc.query("""
                        select employee_id from employee_directory
                        where email = ? and employee_id <> ? and (last_day is null or last_day >= ?)""",
                (rs, i) -> rs.getObject(1, UUID.class), normalise(email), except, Date.valueOf(day)).stream().findFirst();
    }

    @Override
    public List<Entry> employedBetween(LocalDate from, LocalDate to) {
        return load("where d.hired_on <= ? and (d.last_day is null or d.last_day >= ?)", Date.valueOf(to), Date.valueOf(from));
    }

    @Override
    public List<Entry> employedBetween(LocalDate from, LocalDate to, UUID after, int limit) {
        String employed = "hired_on <= ? and (last_day is null or last_day >= ?)";
        if (after == null) {
            return load("where d.employee_id in (select employee_id from employee_directory where " + employed
                    + " order by employee_id limit ?)", Date.valueOf(to), Date.valueOf(from), limit);
        }
        return load("where d.employee_id in (select employee_id from employee_directory where " + employed
                + " and employee_id > ? order by employee_id limit ?)", Date.valueOf(to), Date.valueOf(from), after, limit);
    }

    private List<Entry> load(String where, Object... args) {
        Map<UUID, Entry> entries = new HashMap<>();
        List<UUID> order = new ArrayList<>();
        jdbc.query("""
                select d.employee_id, d.hired_on, d.last_day, s.effective_date, s.amount, s.currency, d.has_left,
                       d.leave_payout_days, s.event_id, d.last_day_event_id, d.leave_payout_event_id,
                       (select string_agg(u.first_day || '/' || u.last_day, ',') from employee_unpaid_leave u
                        where u.employee_id = d.employee_id) as unpaid
                from employee_directory d left join employee_salary_step s on s.employee_id = d.employee_id
                """ + where + " order by d.employee_id, s.effective_date, s.step", rs -> {
            UUID id = rs.getObject(1, UUID.class);
            Entry entry = entries.get(id);
            if (entry == null) {
                Date last = rs.getDate(3);
                entry = new Entry(id, rs.getDate(2).toLocalDate(), last == null ? null : last.toLocalDate(),
                        rs.getBoolean(7), new ArrayList<>(), unpaidLeave(rs.getString("unpaid")), rs.getBigDecimal(8),
                        rs.getString(10), rs.getString(11));
                entries.put(id, entry);
                order.add(id);
            }
            if (rs.getDate(4) != null) {
                entry.salaries().add(new SalaryStep(rs.getDate(4).toLocalDate(), new Money(rs.getBigDecimal(5), rs.getString(6)),
                        rs.getString(9)));
            }
        }, args);
        return order.stream().map(entries::get).toList();
    }

    /** "2026-10-13/2026-10-17,..." as the load's query aggregates them (one round trip, not a second query). */
    private static List<UnpaidLeave> unpaidLeave(String ranges) {
        if (ranges == null) {
            return List.of();
        }
        return java.util.Arrays.stream(ranges.split(",")).map(r -> r.split("/"))
                .map(r -> new UnpaidLeave(LocalDate.parse(r[0]), LocalDate.parse(r[1]))).toList();
    }

    @Override
    public Optional<LocalDate> lastPaidOn(UUID employeeId) {
        return jdbc.query("select last_paid_on from employee_directory where employee_id = ? and last_paid_on is not null",
                (rs, i) -> rs.getObject(1, LocalDate.class), employeeId).stream().findFirst();
    }

    @EventHandler
    void on(org.backoffice.events.accounting.PayrollRunStartedEvent e) {
        paid(e.period(), e.payments());
    }

    @EventHandler
    void on(org.backoffice.events.accounting.PayrollPaymentsCalculatedEvent e) {
        paid(e.period(), e.payments());
    }

    /** The employees of these payments are paid up to the period's end (one statement for all of them). */
    private void paid(java.time.YearMonth period, List<org.backoffice.events.accounting.PayrollPayment> payments) {
        if (payments.isEmpty()) {
            return;
        }
        Date end = Date.valueOf(period.atEndOfMonth());
        UUID[] employees = payments.stream().map(org.backoffice.events.accounting.PayrollPayment::employeeId).toArray(UUID[]::new);
        jdbc.update(connection -> {
            var update = connection.prepareStatement("""
                    update employee_directory set last_paid_on = ? where employee_id = any (?)
                      and (last_paid_on is null or last_paid_on < ?)""");
            update.setDate(1, end);
            update.setArray(2, connection.createArrayOf("uuid", employees));
            update.setDate(3, end);
            return update;
        });
    }

    @EventHandler
    void on(LeaveApprovedEvent e) {
        if (e.type().reducesPay()) {
            jdbc.update("""
                    insert into employee_unpaid_leave (leave_id, employee_id, first_day, last_day) values (?, ?, ?, ?)
                    on conflict (leave_id) do nothing""", e.leaveId(), e.employeeId(), Date.valueOf(e.firstDay()),
                    Date.valueOf(e.lastDay()));
        }
    }

    @EventHandler
    void on(LeaveCancelledEvent e) {
        jdbc.update("delete from employee_unpaid_leave where leave_id = ?", e.leaveId());
    }

    @EventHandler
    void on(LeaveAccountSettledEvent e, @MessageIdentifier String eventId) {
        if (e.paidOut()) {
            jdbc.update("update employee_directory set leave_payout_days = ?, leave_payout_event_id = ? where employee_id = ?",
                    e.untakenDays(), eventId, e.employeeId());
        }
    }

    @EventHandler
    void on(EmployeeHiredEvent e, @MessageIdentifier String eventId) {
        String email = vault.open(e.employeeId(), e.personalData().email()).map(JdbcEmployeeDirectory::normalise).orElse(null);
        jdbc.update("insert into employee_directory (employee_id, email, hired_on) values (?, ?, ?)",
                e.employeeId(), email, Date.valueOf(e.startDate()));
        addSalary(e.employeeId(), e.startDate(), e.monthlySalary(), eventId);
    }

    @EventHandler
    void on(SalaryChangedEvent e, @MessageIdentifier String eventId) {
        addSalary(e.employeeId(), e.effectiveDate(), e.monthlySalary(), eventId);
    }

    private void addSalary(UUID employeeId, LocalDate from, Money salary, String eventId) {
        jdbc.update("""
                insert into employee_salary_step (employee_id, step, effective_date, amount, currency, event_id)
                values (?, (select count(*) from employee_salary_step where employee_id = ?), ?, ?, ?, ?)""",
                employeeId, employeeId, Date.valueOf(from), salary.amount(), salary.currency(), eventId);
    }

    @EventHandler
    void on(EmployeeTerminatedEvent e, @MessageIdentifier String eventId) {
        jdbc.update("update employee_directory set last_day = ?, last_day_event_id = ? where employee_id = ?",
                Date.valueOf(e.effectiveDate()), eventId, e.employeeId());
    }

    @EventHandler
    void on(EmployeeLeftEvent e) {
        jdbc.update("update employee_directory set has_left = true where employee_id = ?", e.employeeId());
    }

    @EventHandler
    void on(EmployeePersonalDataErasedEvent e) {
        if (e.covers(org.backoffice.events.hr.RetentionClass.HR_FILE)) {
            jdbc.update("update employee_directory set email = null where employee_id = ?", e.employeeId());
        }
    }
}
