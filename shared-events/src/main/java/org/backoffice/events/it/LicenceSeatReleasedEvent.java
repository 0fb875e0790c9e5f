package org.backoffice.events.it;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A seat free again: released by IT, by its holder's offboarding, or by its device's retirement. */
@Revision("1")
public record LicenceSeatReleasedEvent(UUID licenceId, UUID employeeId, UUID assetId, ReturnCause cause, String note) {
}
