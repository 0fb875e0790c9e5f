package org.backoffice.events.it;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** Sent to repair; a holder or installation it had ends here. */
@Revision("1")
public record AssetSentToRepairEvent(UUID assetId, String description, UUID fromEmployeeId, String fromLocation) {
}
