package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A prepared payment run was cancelled before approval: its items may be proposed again. */
@Revision("1")
public record PaymentRunCancelledEvent(UUID runId, String cancelledBy, String reason) {
}
