package org.backoffice.events.it.purchasing;

import org.axonframework.serialization.Revision;

import java.util.UUID;

@Revision("1")
public record DeviceRequestRejectedEvent(UUID requestId, String reason) {
}
