package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The seal of a period's close (closing, as in its {@link FiscalPeriodClosedEvent}). */
@Revision("1")
public record FiscalPeriodSealedEvent(UUID booksId, int year, int period, long closing, PeriodSeal seal) {
}
