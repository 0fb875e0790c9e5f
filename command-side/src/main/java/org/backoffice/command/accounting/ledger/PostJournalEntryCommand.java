package org.backoffice.command.accounting.ledger;

import org.backoffice.events.accounting.EntrySide;
import org.backoffice.events.common.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Book one document as a journal entry (handled by {@link TransactionPostingHandler}). Exactly one
 * of documentNumber (given) and documentSeries (drawn: SERIES-YYYY-NNNNN, YYYY the booking year)
 * is set. Lines with a tax code make their tax lines (see {@link TaxLegs}); amounts says whether
 * their amounts are net or gross; terms, the due date of an invoice and what a payment settles.
 */
public record PostJournalEntryCommand(UUID entryId, String documentNumber, String documentSeries,
                                      LocalDate documentDate, LocalDate bookingDate, String text,
                                      TaxAmounts amounts, List<Line> lines, PartnerTerms terms) {

    /** A line as the accountant enters it: its account, side, amount and tax code (or none). */
    public record Line(UUID accountId, EntrySide side, Money amount, String taxCode) {

        public Line(UUID accountId, EntrySide side, Money amount) {
            this(accountId, side, amount, null);
        }
    }

    public PostJournalEntryCommand {
        lines = List.copyOf(lines);
        if ((documentNumber == null) == (documentSeries == null)) {
            throw new IllegalArgumentException("exactly one of documentNumber and documentSeries");
        }
        if (amounts == null) {
            amounts = TaxAmounts.NET;
        }
        if (terms == null) {
            terms = PartnerTerms.NONE;
        }
    }

    public PostJournalEntryCommand(UUID entryId, String documentNumber, String documentSeries, LocalDate documentDate,
                                   LocalDate bookingDate, String text, TaxAmounts amounts, List<Line> lines) {
        this(entryId, documentNumber, documentSeries, documentDate, bookingDate, text, amounts, lines, PartnerTerms.NONE);
    }

    public PostJournalEntryCommand(UUID entryId, String documentNumber, String documentSeries, LocalDate documentDate,
                                   LocalDate bookingDate, String text, List<Line> lines) {
        this(entryId, documentNumber, documentSeries, documentDate, bookingDate, text, TaxAmounts.NET, lines);
    }
}
