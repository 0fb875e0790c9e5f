package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;
import org.backoffice.events.common.EventReference;
import org.backoffice.events.common.RefersTo;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * The pay of the next chunk of a payroll run's employees (in the order of their ids, after the
 * ones calculated before): payments are the run's payments from position from on, for everyone of
 * the chunk employed in the period with pay due; never empty unless complete. lastEmployeeId: the
 * last employee calculated so far, paid or not (the next chunk starts after it), or null.
 * complete: no employee is left to calculate, the run's payments are all known.
 */
@Revision("1")
public record PayrollPaymentsCalculatedEvent(UUID runId, YearMonth period, int from, List<PayrollPayment> payments,
                                             UUID lastEmployeeId, boolean complete) implements RefersTo {

    /** What each payment was computed from, scoped to the transaction that pays it. */
    @Override
    public List<EventReference> references() {
        return payments.stream().flatMap(p -> p.basis().stream().map(b -> b.within(p.transactionId()))).toList();
    }
}
