package org.backoffice.events.accounting;

import org.backoffice.events.common.Money;

import java.util.UUID;

/**
 * One employee's pay for a period, and the id of the PAYROLL transaction that pays it.
 * daysEmployed: the calendar days paid (employed, less unpaid and parental leave). leavePayout:
 * the part of the amount that pays out untaken leave at the end of the employment (null when
 * none; absent from payments recorded before leave existed).
 */
public record PayrollPayment(UUID employeeId, UUID transactionId, Money amount, int daysEmployed, Money leavePayout) {

    public PayrollPayment(UUID employeeId, UUID transactionId, Money amount, int daysEmployed) {
        this(employeeId, transactionId, amount, daysEmployed, null);
    }
}
