package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;
import org.backoffice.events.common.Money;

import java.time.LocalDate;
import java.util.UUID;

/** A transaction was refused as a whole (unknown or closed account, currency, overdraft): nothing was posted. */
@Revision("1")
public record TransactionRejectedEvent(UUID transactionId, TransactionKind kind, UUID debitAccountId,
                                       UUID creditAccountId, Money amount, String reference, LocalDate valueDate,
                                       UUID reversalOf, String reason) {
}
