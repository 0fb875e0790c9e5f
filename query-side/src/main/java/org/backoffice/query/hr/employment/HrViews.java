package org.backoffice.query.hr.employment;

import io.swagger.v3.oas.annotations.media.Schema;
import org.backoffice.events.common.Money;
import org.backoffice.query.common.PageView;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the HR read models answer. Personal data and salary are removed for roles that may not see them. */
public final class HrViews {

    private HrViews() {
    }

    /** Shown in place of personal data whose key was destroyed. */
    public static final String ERASED = "[erased]";

    /**
     * bankDetails: the account the employee is paid to (personal data; shown to those who see the
     * salary; "[erased]" after erasure).
     */
    public record EmployeeView(UUID id, String firstName, String lastName, String email, Boolean personalDataErased,
                               String department, String jobTitle, UUID managerId, UUID positionId,
                               LocalDate startDate, LocalDate terminationDate, @Schema(allowableValues = {"ACTIVE", "TERMINATED"}) String status, Money monthlySalary,
                               org.backoffice.events.accounting.BankDetails bankDetails) {

        /** Without the salary and the bank account it is paid to. */
        public EmployeeView withoutSalary() {
            return new EmployeeView(id, firstName, lastName, email, personalDataErased, department, jobTitle, managerId,
                    positionId, startDate, terminationDate, status, null, null);
        }

        public EmployeeView withoutPersonalData() {
            return new EmployeeView(id, null, null, null, null, department, jobTitle, managerId,
                    positionId, startDate, terminationDate, status, monthlySalary, null);
        }
    }

    /**
     * One change of an employee's employment, effective on a date. HIRED gives the whole starting
     * point; TRANSFERRED the new department, job title and manager; SALARY_CHANGED the new salary;
     * TERMINATED the last day (status TERMINATED from the day after). Fields a change does not touch
     * are absent. sequenceNumber: the employee's event that recorded the change (its trail:
     * /audit/trail?aggregateId=the employee's id&sequenceNumber=it).
     */
    public record HistoryEntry(LocalDate effectiveDate, @Schema(allowableValues = {"HIRED", "TRANSFERRED", "SALARY_CHANGED", "TERMINATED"}) String change, String department, String jobTitle,
                               UUID managerId, Money monthlySalary, String status, Long sequenceNumber) {

        public HistoryEntry withoutSalary() {
            return new HistoryEntry(effectiveDate, change, department, jobTitle, managerId, null, status, sequenceNumber);
        }
    }

    public record ReviewView(String period, int rating, UUID reviewerId, String summary, java.time.Instant recordedAt) {
    }

    /** The changes by effective date, and the performance reviews by period. */
    public record EmployeeHistory(UUID employeeId, List<HistoryEntry> changes, List<ReviewView> reviews) {

        public EmployeeHistory withoutSalaries() {
            return new EmployeeHistory(employeeId, changes.stream()
                    .filter(c -> !c.change().equals("SALARY_CHANGED"))
                    .map(HistoryEntry::withoutSalary).toList(), reviews);
        }

        public EmployeeHistory withoutReviews() {
            return new EmployeeHistory(employeeId, changes, null);
        }
    }

    public record EmployeeList(PageView<EmployeeView> page) {
    }

    public record PositionView(UUID id, String title, String department, @Schema(allowableValues = {"OPEN", "FILLED", "CLOSED"}) String status, UUID employeeId) {
    }

    public record PositionList(PageView<PositionView> page) {
    }

    public record HeadcountView(LocalDate asOf, long total, Map<String, Long> byDepartment, long openPositions) {
    }

    public record TrendPoint(YearMonth month, long headcount, long hires, long terminations) {
    }

    public record Trend(List<TrendPoint> months) {
    }

    public record ErasureClassView(@Schema(allowableValues = {"HR_FILE", "PAYROLL"}) String retentionClass,
                                   @Schema(description = "the day the retention counts from") LocalDate retentionStart,
                                   @Schema(description = "kept until this day (inclusive)") LocalDate retainedUntil,
                                   @Schema(allowableValues = {"ERASED", "SCHEDULED"}) String status,
                                   java.time.Instant erasedAt,
                                   @Schema(description = "the day it is erased on, while scheduled") LocalDate erasesOn,
                                   String basis) {
    }

    public record ErasurePlanView(UUID employeeId, java.time.Instant requestedAt, java.util.List<ErasureClassView> classes) {
    }
}
