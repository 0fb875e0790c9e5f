package org.backoffice.command.accounting.ledger;

import org.backoffice.events.accounting.TransactionKind;
import org.backoffice.events.common.Money;

import java.time.LocalDate;
import java.util.UUID;

/** Handled by {@link TransactionPostingHandler}, which loads both accounts in one unit of work. */
public record PostTransactionCommand(UUID transactionId, TransactionKind kind, UUID debitAccountId,
                                     UUID creditAccountId, Money amount, String reference, LocalDate valueDate) {
}
