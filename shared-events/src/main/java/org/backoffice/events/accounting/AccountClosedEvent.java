package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;

import java.util.UUID;

@Revision("1")
public record AccountClosedEvent(UUID accountId) {
}
