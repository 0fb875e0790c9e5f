package org.backoffice.command.accounting.ledger;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Undo the completed transaction transactionId by posting the opposite one, reversalId. The
 * reversal is a document of its own: documentNumber given, or drawn from documentSeries; with
 * neither, an original numbered from a series (SERIES-YYYY-NNNNN) has its reversal drawn from
 * the same series, and an original without a number gets a reversal without one.
 */
public record ReverseTransactionCommand(UUID transactionId, UUID reversalId, String reason, LocalDate valueDate,
                                        String documentNumber, String documentSeries) {

    public ReverseTransactionCommand(UUID transactionId, UUID reversalId, String reason, LocalDate valueDate) {
        this(transactionId, reversalId, reason, valueDate, null, null);
    }
}
