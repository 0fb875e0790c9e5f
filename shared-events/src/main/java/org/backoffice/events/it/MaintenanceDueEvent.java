package org.backoffice.events.it;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** The reminder: the plan's maintenance is due on dueOn. */
@Revision("1")
public record MaintenanceDueEvent(UUID planId, UUID assetId, LocalDate dueOn) {
}
