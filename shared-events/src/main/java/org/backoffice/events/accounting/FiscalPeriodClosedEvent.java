package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A period was closed: from this event on no entry dated from..to is posted (the posting is
 * refused) but the year-end entries of its fiscal year. closing counts the closes of the books
 * (1, 2, …): the seal taken of this close names it, so a seal is never applied to a later close
 * of the same period. Every entry dated in the period was stored before this event (the close
 * waits for the postings in flight), so the events before its position are the period's.
 * coversFrom is the first booking day the seal covers: from, but for the books' first period
 * the beginning of time (0001-01-01), as the entries dated before the first fiscal year are its
 * opening and are fixed with it.
 */
@Revision("1")
public record FiscalPeriodClosedEvent(UUID booksId, int year, int period, LocalDate from, LocalDate to, long closing,
                                      LocalDate coversFrom) {

    public static final LocalDate BEGINNING = LocalDate.of(1, 1, 1);
}
