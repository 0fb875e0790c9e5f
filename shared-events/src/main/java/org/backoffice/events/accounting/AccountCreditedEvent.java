package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;
import org.backoffice.events.common.Money;

import java.util.UUID;

/** One leg of a transaction: the credit side. Always stored together with its debit leg. */
@Revision("1")
public record AccountCreditedEvent(UUID accountId, UUID transactionId, Money amount, String reference) {
}
