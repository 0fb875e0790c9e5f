package org.backoffice.events.accounting;

import org.backoffice.events.common.EventReference;
import org.backoffice.events.common.RefersTo;

import org.axonframework.serialization.Revision;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * A payroll run for period (YYYY-MM). calculatedInSteps: the payments follow in
 * PayrollPaymentsCalculatedEvents, a chunk of employees each, and payments is empty; otherwise
 * (runs stored before the calculation went in steps) payments holds the payment of every employee
 * employed in the period. Each
 * payment credits transitAccountId (money in transit, until the bank statement confirms the
 * transfer to the employee's IBAN) or, without one (and in runs stored before it existed), the
 * bank account directly. payerName: the company as the bank knows it when the run started (the
 * debtor of the run's transfer file; empty in runs stored before it was recorded).
 */
@Revision("1")
public record PayrollRunStartedEvent(UUID runId, YearMonth period, UUID bankAccountId, UUID salaryExpenseAccountId,
                                     List<PayrollPayment> payments, UUID transitAccountId,
                                     String payerName, boolean calculatedInSteps) implements RefersTo {

    /** A run with all of its payments in its start, as runs were stored before the steps. */
    public PayrollRunStartedEvent(UUID runId, YearMonth period, UUID bankAccountId, UUID salaryExpenseAccountId,
                                  List<PayrollPayment> payments, UUID transitAccountId, String payerName) {
        this(runId, period, bankAccountId, salaryExpenseAccountId, payments, transitAccountId, payerName, false);
    }

    /** What each payment was computed from, scoped to the transaction that pays it. */
    @Override
    public List<EventReference> references() {
        return payments.stream().flatMap(p -> p.basis().stream().map(b -> b.within(p.transactionId()))).toList();
    }
}
