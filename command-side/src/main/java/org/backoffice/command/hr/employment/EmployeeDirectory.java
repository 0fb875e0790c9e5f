package org.backoffice.command.hr.employment;

import org.backoffice.events.common.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the command side knows of every employee for rules that span employees (e-mail unique
 * among active employees, an active manager, conflicts between active employees, payroll):
 * kept in step with the events in the transaction that stores them, as Axon's set-based
 * validation does, never read from the query side.
 */
public interface EmployeeDirectory {

    /** eventId: the hire or salary change that set it (null in tests that make steps by hand). */
    record SalaryStep(LocalDate effectiveDate, Money monthlySalary, String eventId) {

        public SalaryStep(LocalDate effectiveDate, Money monthlySalary) {
            this(effectiveDate, monthlySalary, null);
        }
    }

    /** Days (inclusive) on which the employee is on leave the employer does not pay (unpaid, parental). */
    record UnpaidLeave(LocalDate firstDay, LocalDate lastDay) {
    }

    /**
     * hasLeft: the termination took effect (offboarding ran); the employee takes on nothing new.
     * leavePayoutDays: untaken leave the final payroll pays out (null: none). lastDayEventId and
     * leavePayoutEventId: the termination and the leave settlement they come from, if known.
     */
    record Entry(UUID employeeId, LocalDate hiredOn, LocalDate lastDay, boolean hasLeft, List<SalaryStep> salaries,
                 List<UnpaidLeave> unpaidLeave, java.math.BigDecimal leavePayoutDays, String lastDayEventId,
                 String leavePayoutEventId) {

        public Entry(UUID employeeId, LocalDate hiredOn, LocalDate lastDay, boolean hasLeft, List<SalaryStep> salaries,
                     List<UnpaidLeave> unpaidLeave, java.math.BigDecimal leavePayoutDays) {
            this(employeeId, hiredOn, lastDay, hasLeft, salaries, unpaidLeave, leavePayoutDays, null, null);
        }

        public Entry(UUID employeeId, LocalDate hiredOn, LocalDate lastDay, boolean hasLeft, List<SalaryStep> salaries) {
            this(employeeId, hiredOn, lastDay, hasLeft, salaries, List.of(), null);
        }

        public Entry(UUID employeeId, LocalDate hiredOn, LocalDate lastDay, List<SalaryStep> salaries) {
            this(employeeId, hiredOn, lastDay, false, salaries);
        }

        /** Whether the day is one of unpaid leave. */
        public boolean unpaidOn(LocalDate day) {
            return unpaidLeave.stream().anyMatch(u -> !day.isBefore(u.firstDay()) && !day.isAfter(u.lastDay()));
        }

        /** Employed on that day (hired on or before it, not after the last day) and not yet offboarded. */
        public boolean isActiveOn(LocalDate day) {
            return !hasLeft && !hiredOn.isAfter(day) && (lastDay == null || !lastDay.isBefore(day));
        }
    }

    Optional<Entry> find(UUID employeeId);

    /** The employee other than the given one who holds this e-mail and is (or will be) active on that day. */
    Optional<UUID> activeHolderOfEmail(String email, LocalDate day, UUID except);

    /** Every employee employed on at least one day between from and to (inclusive). */
    List<Entry> employedBetween(LocalDate from, LocalDate to);

    /**
     * Of those, the first limit in the order of their ids (as PostgreSQL orders uuids: their text)
     * after the given one (null: from the first): a company's employees a chunk at a time.
     */
    default List<Entry> employedBetween(LocalDate from, LocalDate to, UUID after, int limit) {
        return employedBetween(from, to).stream()
                .filter(e -> after == null || e.employeeId().toString().compareTo(after.toString()) > 0)
                .sorted(java.util.Comparator.comparing(e -> e.employeeId().toString()))
                .limit(limit).toList();
    }

    /** The last day of the latest payroll period the employee was paid for, if any. */
    default Optional<LocalDate> lastPaidOn(UUID employeeId) {
        return Optional.empty();
    }

    default boolean isActiveOn(UUID employeeId, LocalDate day) {
        return find(employeeId).map(e -> e.isActiveOn(day)).orElse(false);
    }
}
