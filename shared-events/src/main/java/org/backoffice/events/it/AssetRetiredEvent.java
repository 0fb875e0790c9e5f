package org.backoffice.events.it;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** Out of service for good. */
@Revision("1")
public record AssetRetiredEvent(UUID assetId, String reason) {
}
