package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** A payroll run for period (YYYY-MM) with the payment of every employee employed in it. */
@Revision("1")
public record PayrollRunStartedEvent(UUID runId, YearMonth period, UUID bankAccountId, UUID salaryExpenseAccountId,
                                     List<PayrollPayment> payments) {
}
