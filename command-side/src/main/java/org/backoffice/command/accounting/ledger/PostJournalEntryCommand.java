package org.backoffice.command.accounting.ledger;

import org.backoffice.events.accounting.EntrySide;
import org.backoffice.events.common.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Book one document as a journal entry (handled by {@link TransactionPostingHandler}). Exactly one
 * of documentNumber (given) and documentSeries (drawn: SERIES-YYYY-NNNNN, YYYY the booking year)
 * is set.
 */
public record PostJournalEntryCommand(UUID entryId, String documentNumber, String documentSeries,
                                      LocalDate documentDate, LocalDate bookingDate, String text,
                                      List<Line> lines) {

    /** A line as the accountant enters it: its account, side and amount. */
    public record Line(UUID accountId, EntrySide side, Money amount) {
    }

    public PostJournalEntryCommand {
        lines = List.copyOf(lines);
        if ((documentNumber == null) == (documentSeries == null)) {
            throw new IllegalArgumentException("exactly one of documentNumber and documentSeries");
        }
    }
}
