package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;
import org.backoffice.events.common.Money;

import java.time.YearMonth;
import java.util.UUID;

/** Every payment of the run was settled. */
@Revision("1")
public record PayrollRunCompletedEvent(UUID runId, YearMonth period, int employeesPaid, Money totalPaid, int paymentsRejected) {
}
