package org.backoffice.command.accounting.ledger;

import org.backoffice.events.common.Money;

import java.util.UUID;

/** An allocation a paying entry asks for: amount of it to the open item itemId (an invoice's entry id). */
public record Settlement(UUID itemId, Money amount) {
}
