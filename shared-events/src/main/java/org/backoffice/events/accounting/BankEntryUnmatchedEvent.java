package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * No rule could match the entry at position of a statement with certainty (reason says why):
 * it waits in the unmatched list, unbooked, until an accountant assigns it.
 */
@Revision("1")
public record BankEntryUnmatchedEvent(UUID statementId, int position, String reason) {
}
