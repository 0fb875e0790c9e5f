package org.backoffice.command.hr.leave;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.backoffice.events.hr.LeaveType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** The commands of an employee's leave account, addressed by the employee (the account's id is derived). */
public final class LeaveCommands {

    private LeaveCommands() {
    }

    public record RequestLeaveCommand(UUID employeeId, UUID leaveId, LeaveType type, LocalDate firstDay, LocalDate lastDay,
                                      String note) {
        @TargetAggregateIdentifier
        public UUID accountId() {
            return LeaveAccount.idOf(employeeId);
        }
    }

    public record ApproveLeaveCommand(UUID employeeId, UUID leaveId) {
        @TargetAggregateIdentifier
        public UUID accountId() {
            return LeaveAccount.idOf(employeeId);
        }
    }

    public record RefuseLeaveCommand(UUID employeeId, UUID leaveId, String reason) {
        @TargetAggregateIdentifier
        public UUID accountId() {
            return LeaveAccount.idOf(employeeId);
        }
    }

    public record CancelLeaveCommand(UUID employeeId, UUID leaveId, String reason) {
        @TargetAggregateIdentifier
        public UUID accountId() {
            return LeaveAccount.idOf(employeeId);
        }
    }

    public record SetLeaveEntitlementCommand(UUID employeeId, int fromYear, BigDecimal annualDays) {
        @TargetAggregateIdentifier
        public UUID accountId() {
            return LeaveAccount.idOf(employeeId);
        }
    }

    /** Sent when the termination takes effect. */
    public record SettleLeaveAccountCommand(UUID employeeId, LocalDate lastDay) {
        @TargetAggregateIdentifier
        public UUID accountId() {
            return LeaveAccount.idOf(employeeId);
        }
    }
}
