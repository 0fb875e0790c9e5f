package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;
import org.backoffice.events.common.Money;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A transaction was posted: both legs were stored in the same database transaction as this
 * event. reversalOf names the transaction this one reverses, if any.
 */
@Revision("1")
public record TransactionPostedEvent(UUID transactionId, TransactionKind kind, UUID debitAccountId,
                                     UUID creditAccountId, Money amount, String reference, LocalDate valueDate,
                                     UUID reversalOf) {
}
