package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A fiscal year of the books: from start (the first day of a month) to end, in twelve monthly
 * periods numbered 1 to 12 from its start. year is the calendar year it starts in, and names it.
 */
@Revision("1")
public record FiscalYearOpenedEvent(UUID booksId, int year, LocalDate start, LocalDate end) {
}
