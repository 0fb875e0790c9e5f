package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * A payment of an approved run was booked (its journal entry debits the supplier's payable,
 * settling its items, and credits money in transit), or could not be (booked false, with the
 * reason, e.g. an item settled meanwhile): only booked payments go into the run's file.
 */
@Revision("1")
public record PaymentRunPaymentBookedEvent(UUID runId, UUID paymentId, boolean booked, String reason) {
}
