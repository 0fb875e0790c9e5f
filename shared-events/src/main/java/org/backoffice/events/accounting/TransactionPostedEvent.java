package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A journal entry was posted: every leg was stored on its account in the same database
 * transaction as this event. The legs balance per currency. documentNumber is unique in the
 * books (empty only for transactions stored before entries had numbers, and for those posted
 * through the two-account transactions API without one); bookingDate is the date the entry
 * counts for in the books, documentDate the date of the underlying document. reversalOf names
 * the entry this one reverses, if any.
 *
 * <p>Revision 2: any number of legs, each with its side and optional tax code, and the document
 * fields. Revision 1 held one debit account, one credit account and one amount, with the booking
 * date as valueDate and the text as reference; TransactionPostedEventUpcaster in infra reads
 * those as two-leg entries.
 */
@Revision("2")
public record TransactionPostedEvent(UUID transactionId, TransactionKind kind, String documentNumber,
                                     LocalDate documentDate, LocalDate bookingDate, String text, List<EntryLeg> legs,
                                     UUID reversalOf) {

    public TransactionPostedEvent {
        legs = List.copyOf(legs);
    }
}
