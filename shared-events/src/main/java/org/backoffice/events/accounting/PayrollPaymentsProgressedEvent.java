package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * The payments of a started payroll run before nextPosition are decided (posted and settled, or
 * refused), of size in all: the payments go on from here, one chunk per transaction, also after a
 * restart.
 */
@Revision("1")
public record PayrollPaymentsProgressedEvent(UUID runId, int nextPosition, int size) {
}
