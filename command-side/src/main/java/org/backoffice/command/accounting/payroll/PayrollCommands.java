package org.backoffice.command.accounting.payroll;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.UUID;

public final class PayrollCommands {

    private PayrollCommands() {
    }

    /** Handled by {@link PayrollRunHandler}, which works out who is paid what. */
    public record StartPayrollRunCommand(YearMonth period, UUID bankAccountId, UUID salaryExpenseAccountId,
                                         UUID transitAccountId, String payerName) {

        /** Paid from the bank account directly. */
        public StartPayrollRunCommand(YearMonth period, UUID bankAccountId, UUID salaryExpenseAccountId) {
            this(period, bankAccountId, salaryExpenseAccountId, null, null);
        }
    }

    public record SettlePayrollPaymentCommand(@TargetAggregateIdentifier UUID runId, UUID employeeId, boolean paid,
                                              String reason) {
    }

    /**
     * The run's payments from from (inclusive) to to (exclusive), each posted (or refused) and
     * settled, then the step forward: all in one unit of work (PayrollStepHandler).
     */
    public record PayPayrollStepCommand(UUID runId, int from, int to) {
    }

    /**
     * The pay of the run's next chunk of employees, whose payments start at position from
     * (PayrollRunHandler); nothing if the run is past from already.
     */
    public record CalculatePayrollPaymentsCommand(UUID runId, int from) {
    }

    /** The payments before nextPosition are decided: the run's payments go on from there. */
    public record AdvancePayrollPaymentsCommand(@TargetAggregateIdentifier UUID runId, int nextPosition) {
    }

    /** One run per period: its id is derived from the period, so a second start finds the first. */
    public static UUID runIdOf(YearMonth period) {
        return UUID.nameUUIDFromBytes(("backoffice:payroll-run:" + period).getBytes(StandardCharsets.UTF_8));
    }

    /** The PAYROLL transaction of one employee in one run: derived, so a retry posts it once. */
    public static UUID paymentIdOf(UUID runId, UUID employeeId) {
        return UUID.nameUUIDFromBytes(("backoffice:payroll-payment:" + runId + ":" + employeeId)
                .getBytes(StandardCharsets.UTF_8));
    }
}
