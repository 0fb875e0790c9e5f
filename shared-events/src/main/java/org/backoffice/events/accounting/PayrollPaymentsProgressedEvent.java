package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * The payments of a started payroll run before nextPosition are decided (posted and settled, or
 * refused), of size calculated so far: the payments go on from here, one chunk per transaction,
 * also after a restart. moreToCalculate: the run calculates its payments in steps
 * (PayrollPaymentsCalculatedEvent) and has employees left to calculate.
 */
@Revision("1")
public record PayrollPaymentsProgressedEvent(UUID runId, int nextPosition, int size, boolean moreToCalculate) {

    public PayrollPaymentsProgressedEvent(UUID runId, int nextPosition, int size) {
        this(runId, nextPosition, size, false);
    }
}
