package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A completed transaction was undone by the posted, opposite transaction reversalTransactionId. */
@Revision("1")
public record TransactionReversedEvent(UUID transactionId, UUID reversalTransactionId, String reason) {
}
