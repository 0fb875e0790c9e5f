package org.backoffice.command.accounting.ledger;

import java.util.Optional;
import java.util.UUID;

/**
 * The document numbers of the books: each belongs to one entry. Implemented with a table written
 * in the transaction that stores the entry, so a number is never given twice, and a drawn number
 * is only used up when its entry commits (no gaps).
 */
public interface DocumentNumbers {

    /** The entry holding this number, if any. */
    Optional<UUID> holderOf(String documentNumber);

    /**
     * The entry holding this number written in any case (as a payer copies it into a transfer's
     * remittance), if exactly one does.
     */
    default Optional<UUID> holderIgnoringCase(String documentNumber) {
        return holderOf(documentNumber);
    }

    /**
     * The next number of the series for the year, SERIES-YYYY-NNNNN, reserved until the calling
     * transaction ends (committed: used; rolled back: free again).
     */
    String draw(String series, int year);
}
