package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * The balances a company brought into its first fiscal year in the product (it started
 * bookkeeping elsewhere) were entered, once, as the journal entry entryId on the year's first day.
 */
@Revision("1")
public record OpeningBalancesEnteredEvent(UUID booksId, int year, UUID entryId) {
}
