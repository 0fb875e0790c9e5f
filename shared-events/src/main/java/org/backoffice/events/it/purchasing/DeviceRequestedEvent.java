package org.backoffice.events.it.purchasing;

import org.axonframework.serialization.Revision;
import org.backoffice.events.it.AssetType;

import java.util.UUID;

/** A device asked for: for a new hire (employeeId), as a replacement (replacesAssetId), or ad hoc. */
@Revision("1")
public record DeviceRequestedEvent(UUID requestId, DeviceRequestReason reason, AssetType type, UUID employeeId,
                                   UUID replacesAssetId, String note) {
}
