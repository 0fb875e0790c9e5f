package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A second user (approvedBy, never the preparer) approved a payment run: its payments are booked next. */
@Revision("1")
public record PaymentRunApprovedEvent(UUID runId, String approvedBy) {
}
