package org.backoffice.query.hr.employment;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.backoffice.events.hr.EmployeeHiredEvent;
import org.backoffice.events.hr.EmployeeBankDetailsSetEvent;
import org.backoffice.events.hr.EmployeePersonalDataErasedEvent;
import org.backoffice.events.hr.EmployeeErasureRequestedEvent;
import org.backoffice.events.hr.PlannedErasure;
import org.backoffice.events.hr.RetentionClass;
import org.backoffice.events.hr.EmployeeTerminatedEvent;
import org.backoffice.events.hr.EmployeeTransferredEvent;
import org.backoffice.events.hr.PositionClosedEvent;
import org.backoffice.events.hr.PositionFilledEvent;
import org.backoffice.events.hr.PositionOpenedEvent;
import org.backoffice.events.hr.PerformanceReviewRecordedEvent;
import org.backoffice.events.hr.SalaryChangedEvent;
import org.backoffice.query.common.PersonalDataReader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Employees with their job, department and salary histories, and positions: everything the
 * headcount reports need to answer for any date. Personal data is opened with the employee's key
 * while it exists; once erased (or when replayed after erasure) it reads as erased. Each handler
 * applies an event at most once (by the aggregate's sequence number).
 */
@Component
@ProcessingGroup(HrProjection.NAME)
public class HrProjection {

    public static final String NAME = "headcount";

    private final JdbcTemplate jdbc;
    private final PersonalDataReader personalData;

    HrProjection(JdbcTemplate jdbc, PersonalDataReader personalData) {
        this.jdbc = jdbc;
        this.personalData = personalData;
    }

    private String open(UUID employee, String sealed) {
        return personalData.open(employee, sealed).orElse(null);
    }

    /** Marks the event applied; false when it was applied before. */
    private boolean advance(String table, UUID id, long sequence) {
        return jdbc.update("update " + table + " set last_sequence = ? where id = ? and last_sequence < ?",
                sequence, id, sequence) == 1;
    }

    @EventHandler
    void on(EmployeeHiredEvent e, @SequenceNumber long sequence) {
        String first = open(e.employeeId(), e.personalData().firstName());
        boolean erased = first == null;
        int inserted = jdbc.update("""
                        insert into employee_view (id, position_id, first_name, last_name, email, personal_data_erased,
                            start_date, last_sequence)
                        values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing""",
                e.employeeId(), e.positionId(), first, erased ? null : open(e.employeeId(), e.personalData().lastName()),
                erased ? null : open(e.employeeId(), e.personalData().email()), erased, Date.valueOf(e.startDate()), sequence);
        if (inserted == 1) {
            assignment(e.employeeId(), sequence, e.startDate(), e.department(), e.jobTitle(), e.managerId());
            salary(e.employeeId(), sequence, e.startDate(), e.monthlySalary().amount(), e.monthlySalary().currency());
        }
    }

    @EventHandler
    void on(EmployeeTransferredEvent e, @SequenceNumber long sequence) {
        if (advance("employee_view", e.employeeId(), sequence)) {
            assignment(e.employeeId(), sequence, e.effectiveDate(), e.department(), e.jobTitle(), e.managerId());
        }
    }

    @EventHandler
    void on(SalaryChangedEvent e, @SequenceNumber long sequence) {
        if (advance("employee_view", e.employeeId(), sequence)) {
            salary(e.employeeId(), sequence, e.effectiveDate(), e.monthlySalary().amount(), e.monthlySalary().currency());
        }
    }

    @EventHandler
    void on(EmployeeTerminatedEvent e, @SequenceNumber long sequence) {
        if (advance("employee_view", e.employeeId(), sequence)) {
            jdbc.update("update employee_view set last_day = ?, termination_grounds = ?, terminated_sequence = ? where id = ?",
                    Date.valueOf(e.effectiveDate()), e.grounds() == null ? null : e.grounds().name(), sequence, e.employeeId());
        }
    }

    /** Opened while the key exists; after erasure (or replayed after it) kept only as "there was one". */
    @EventHandler
    void on(EmployeeBankDetailsSetEvent e, @SequenceNumber long sequence) {
        if (advance("employee_view", e.employeeId(), sequence)) {
            String iban = open(e.employeeId(), e.sealedIban());
            jdbc.update("update employee_view set iban = ?, bic = ? where id = ?", iban == null ? "" : iban,
                    iban == null || e.sealedBic() == null ? null : open(e.employeeId(), e.sealedBic()), e.employeeId());
        }
    }

    @EventHandler
    void on(EmployeeErasureRequestedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance("employee_view", e.employeeId(), sequence)) {
            for (PlannedErasure p : e.plan()) {
                jdbc.update("""
                        insert into employee_erasure_view (employee_id, retention_class, retention_start, retained_until, basis,
                            requested_at) values (?, ?, ?, ?, ?, ?) on conflict do nothing""", e.employeeId(),
                        p.retentionClass().name(), Date.valueOf(p.retentionStart()), Date.valueOf(p.retainedUntil()), p.basis(),
                        java.sql.Timestamp.from(at));
            }
        }
    }

    /** One class (the HR file: the e-mail; payroll: the name and bank details), or everything for an erasure from before the classes. */
    @EventHandler
    void on(EmployeePersonalDataErasedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance("employee_view", e.employeeId(), sequence)) {
            if (e.covers(RetentionClass.HR_FILE)) {
                jdbc.update("update employee_view set email = null, hr_file_erased = true where id = ?", e.employeeId());
            }
            if (e.covers(RetentionClass.PAYROLL)) {
                jdbc.update("""
                        update employee_view set first_name = null, last_name = null,
                            iban = case when iban is null then null else '' end, bic = null, payroll_erased = true
                        where id = ?""", e.employeeId());
            }
            jdbc.update("update employee_view set personal_data_erased = hr_file_erased and payroll_erased where id = ?",
                    e.employeeId());
            jdbc.update("update employee_erasure_view set erased_at = ? where employee_id = ? and erased_at is null"
                    + " and (cast(? as varchar) is null or retention_class = ?)", java.sql.Timestamp.from(at), e.employeeId(),
                    e.retentionClass() == null ? null : e.retentionClass().name(),
                    e.retentionClass() == null ? null : e.retentionClass().name());
        }
    }

    private void assignment(UUID employee, long sequence, LocalDate from, String department, String jobTitle, UUID manager) {
        jdbc.update("""
                insert into employee_assignment (employee_id, sequence, valid_from, department, job_title, manager_id)
                values (?, ?, ?, ?, ?, ?)""", employee, sequence, Date.valueOf(from), department, jobTitle, manager);
    }

    private void salary(UUID employee, long sequence, LocalDate from, java.math.BigDecimal amount, String currency) {
        jdbc.update("""
                insert into employee_salary (employee_id, sequence, valid_from, amount, currency)
                values (?, ?, ?, ?, ?)""", employee, sequence, Date.valueOf(from), amount, currency);
    }

    @EventHandler
    void on(PositionOpenedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update("""
                insert into position_view (id, title, department, status, opened_at, last_sequence)
                values (?, ?, ?, 'OPEN', ?, ?) on conflict (id) do nothing""",
                e.positionId(), e.title(), e.department(), java.sql.Timestamp.from(at), sequence);
    }

    @EventHandler
    void on(PositionFilledEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance("position_view", e.positionId(), sequence)) {
            jdbc.update("update position_view set status = 'FILLED', employee_id = ?, ended_at = ? where id = ?",
                    e.employeeId(), java.sql.Timestamp.from(at), e.positionId());
        }
    }

    @EventHandler
    void on(PositionClosedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance("position_view", e.positionId(), sequence)) {
            jdbc.update("update position_view set status = 'CLOSED', ended_at = ? where id = ?", java.sql.Timestamp.from(at),
                    e.positionId());
        }
    }

    @EventHandler
    void on(PerformanceReviewRecordedEvent e, @org.axonframework.eventhandling.Timestamp java.time.Instant at) {
        jdbc.update("""
                insert into employee_review (employee_id, period, review_id, rating, reviewer_id, summary, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (employee_id, period) do nothing""",
                e.employeeId(), e.period(), e.reviewId(), e.rating(), e.reviewerId(), e.summary(), java.sql.Timestamp.from(at));
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from employee_review");
        jdbc.update("delete from employee_erasure_view");
        jdbc.update("delete from employee_assignment");
        jdbc.update("delete from employee_salary");
        jdbc.update("delete from employee_view");
        jdbc.update("delete from position_view");
    }
}
