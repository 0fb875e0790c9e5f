package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A closed period was opened again by an administrator, for the reason given; its seal no longer holds. */
@Revision("1")
public record FiscalPeriodReopenedEvent(UUID booksId, int year, int period, String reason) {
}
