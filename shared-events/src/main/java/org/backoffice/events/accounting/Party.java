package org.backoffice.events.accounting;

import java.util.UUID;

/** The outside party an account belongs to: a customer's receivable, a supplier's payable. */
public record Party(PartyKind kind, UUID id, String name) {
}
