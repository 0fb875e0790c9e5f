package org.backoffice.events.it;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** Back from repair, in stock. */
@Revision("1")
public record AssetRepairCompletedEvent(UUID assetId) {
}
