package org.backoffice.events.it;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** Handed to an employee. */
@Revision("1")
public record AssetAssignedEvent(UUID assetId, UUID employeeId) {
}
