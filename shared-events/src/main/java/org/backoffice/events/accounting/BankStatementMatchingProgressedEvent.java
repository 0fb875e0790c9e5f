package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * The entries of a statement before nextPosition are decided (matched, or left unmatched), of
 * size in all: recorded with the last chunk's bookings, so that the matching goes on from here
 * after a restart, one chunk per transaction.
 */
@Revision("1")
public record BankStatementMatchingProgressedEvent(UUID statementId, int nextPosition, int size) {
}
