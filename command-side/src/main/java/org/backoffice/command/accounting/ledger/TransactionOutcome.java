package org.backoffice.command.accounting.ledger;

import java.util.UUID;

/** What became of a transaction command: COMPLETED, or REJECTED with the reason. */
public record TransactionOutcome(UUID transactionId, Status status, String reason) {

    public enum Status { COMPLETED, REJECTED }

    public static TransactionOutcome completed(UUID id) {
        return new TransactionOutcome(id, Status.COMPLETED, null);
    }

    public static TransactionOutcome rejected(UUID id, String reason) {
        return new TransactionOutcome(id, Status.REJECTED, reason);
    }
}
