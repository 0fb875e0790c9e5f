package org.backoffice.events.accounting;

import org.backoffice.events.common.Money;

import java.util.UUID;

/** One employee's pay for a period, and the id of the PAYROLL transaction that pays it. */
public record PayrollPayment(UUID employeeId, UUID transactionId, Money amount, int daysEmployed) {
}
