package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;
import org.backoffice.events.common.Money;

import java.util.UUID;

/** One leg of a transaction: the debit side. Always stored together with its credit leg. */
@Revision("1")
public record AccountDebitedEvent(UUID accountId, UUID transactionId, Money amount, String reference) {
}
