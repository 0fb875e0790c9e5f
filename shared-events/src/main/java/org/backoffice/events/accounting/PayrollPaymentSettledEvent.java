package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** What became of one payment of a run: its PAYROLL transaction completed or was rejected. */
@Revision("1")
public record PayrollPaymentSettledEvent(UUID runId, UUID employeeId, UUID transactionId, boolean paid, String reason) {
}
