package org.backoffice.command.accounting.ledger;

import java.util.UUID;

/**
 * What became of a transaction command: COMPLETED, or REJECTED with the reason. documentNumber is
 * the entry's document number, given or drawn (none for a transaction posted without one).
 */
public record TransactionOutcome(UUID transactionId, Status status, String reason, String documentNumber) {

    public enum Status { COMPLETED, REJECTED }

    public static TransactionOutcome completed(UUID id) {
        return completed(id, null);
    }

    public static TransactionOutcome completed(UUID id, String documentNumber) {
        return new TransactionOutcome(id, Status.COMPLETED, null, documentNumber);
    }

    public static TransactionOutcome rejected(UUID id, String reason) {
        return new TransactionOutcome(id, Status.REJECTED, reason, null);
    }
}
