package org.backoffice.command.hr.employment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.backoffice.events.common.Money;
import org.backoffice.events.hr.DisciplinaryLevel;
import org.backoffice.events.hr.TerminationGrounds;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The HR commands (one record each; grouped here because each is a line). */
public final class Commands {

    private Commands() {
    }

    public record OpenPositionCommand(@TargetAggregateIdentifier UUID positionId, String title, String department) {
    }

    public record ClosePositionCommand(@TargetAggregateIdentifier UUID positionId) {
    }

    /** Handled by {@link HiringHandler}: it creates the employee and fills the position together. */
    public record HireEmployeeCommand(UUID employeeId, UUID positionId, String firstName, String lastName, String email,
                                      String department, String jobTitle, LocalDate startDate, Money monthlySalary,
                                      UUID managerId) {
    }

    public record TransferEmployeeCommand(@TargetAggregateIdentifier UUID employeeId, String department, String jobTitle,
                                          UUID managerId, LocalDate effectiveDate) {
    }

    public record ChangeSalaryCommand(@TargetAggregateIdentifier UUID employeeId, Money monthlySalary,
                                      LocalDate effectiveDate) {
    }

    public record RecordPerformanceReviewCommand(@TargetAggregateIdentifier UUID employeeId, UUID reviewId, String period,
                                                 int rating, UUID reviewerId, String summary) {
    }

    public record RecordDisciplinaryActionCommand(@TargetAggregateIdentifier UUID employeeId, UUID actionId,
                                                  DisciplinaryLevel level, String reason, LocalDate date) {
    }

    /** A disciplinary action taken back, with the reason why (personal data). */
    public record WithdrawDisciplinaryActionCommand(@TargetAggregateIdentifier UUID employeeId, UUID actionId,
                                                    String reason) {
    }

    /** grounds may be null (none given). */
    public record TerminateEmployeeCommand(@TargetAggregateIdentifier UUID employeeId, LocalDate effectiveDate,
                                           String reason, TerminationGrounds grounds) {

        public TerminateEmployeeCommand(UUID employeeId, LocalDate effectiveDate, String reason) {
            this(employeeId, effectiveDate, reason, null);
        }
    }

    public record ErasePersonalDataCommand(@TargetAggregateIdentifier UUID employeeId) {
    }

    public record OpenConflictCaseCommand(@TargetAggregateIdentifier UUID conflictId, List<UUID> employeeIds,
                                          String description) {
    }

    /** The agreement of the parties: resolves the case. */
    public record ResolveConflictCaseCommand(@TargetAggregateIdentifier UUID conflictId, String outcome) {
    }

    public record AssignConflictMediatorCommand(@TargetAggregateIdentifier UUID conflictId, UUID mediatorId) {
    }

    /** One party's note of a session, in plain text (sealed by the case under that party's key). */
    public record ConflictSessionNote(UUID employeeId, String note) {
    }

    public record RecordConflictSessionCommand(@TargetAggregateIdentifier UUID conflictId, UUID sessionId, LocalDate date,
                                               List<ConflictSessionNote> notes) {
    }

    public record EscalateConflictCaseCommand(@TargetAggregateIdentifier UUID conflictId, String reason) {
    }

    public record ScheduleConflictFollowUpCommand(@TargetAggregateIdentifier UUID conflictId, UUID followUpId,
                                                  LocalDate date, String purpose) {
    }

    /** The IBAN (checked, normalised) and BIC an employee is paid to. */
    public record SetEmployeeBankDetailsCommand(@TargetAggregateIdentifier UUID employeeId, String iban, String bic) {
    }
}
