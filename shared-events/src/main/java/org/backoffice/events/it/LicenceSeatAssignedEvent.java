package org.backoffice.events.it;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A seat of the licence given to an employee or to a device: exactly one of the two. */
@Revision("1")
public record LicenceSeatAssignedEvent(UUID licenceId, UUID employeeId, UUID assetId) {
}
