package org.backoffice.command.accounting.ledger;

import java.time.LocalDate;
import java.util.UUID;

/** Undo the completed transaction transactionId by posting the opposite one, reversalId. */
public record ReverseTransactionCommand(UUID transactionId, UUID reversalId, String reason, LocalDate valueDate) {
}
