package org.backoffice.events.accounting;

import org.backoffice.events.common.EventReference;
import org.backoffice.events.common.Money;

import java.util.List;
import java.util.UUID;

/**
 * One employee's pay for a period, and the id of the PAYROLL transaction that pays it.
 * daysEmployed: the calendar days paid (employed, less unpaid and parental leave). leavePayout:
 * the part of the amount that pays out untaken leave at the end of the employment (null when
 * none; absent from payments recorded before leave existed). basis: the stored events the amount
 * was computed from (each salary step paid, the termination that ended the month early, the
 * leave settlement paid out), for the audit trail; empty in payments recorded before it existed.
 */
public record PayrollPayment(UUID employeeId, UUID transactionId, Money amount, int daysEmployed, Money leavePayout,
                             List<EventReference> basis) {

    public PayrollPayment {
        basis = basis == null ? List.of() : List.copyOf(basis);
    }

    public PayrollPayment(UUID employeeId, UUID transactionId, Money amount, int daysEmployed, Money leavePayout) {
        this(employeeId, transactionId, amount, daysEmployed, leavePayout, List.of());
    }

    public PayrollPayment(UUID employeeId, UUID transactionId, Money amount, int daysEmployed) {
        this(employeeId, transactionId, amount, daysEmployed, null);
    }
}
