package org.backoffice.events.it;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * Back in stock from an employee or a location. cause says whether someone returned it or the
 * offboarding of its holder did.
 */
@Revision("1")
public record AssetReturnedEvent(UUID assetId, UUID fromEmployeeId, String fromLocation, String note, ReturnCause cause) {
}
