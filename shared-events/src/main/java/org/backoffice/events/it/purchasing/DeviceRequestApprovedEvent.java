package org.backoffice.events.it.purchasing;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** Approved by IT, answered by a model of the catalogue. */
@Revision("1")
public record DeviceRequestApprovedEvent(UUID requestId, UUID modelId) {
}
