package org.backoffice.events.it;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** More or fewer seats bought (never fewer than are assigned). */
@Revision("1")
public record LicenceSeatsChangedEvent(UUID licenceId, int seats) {
}
