package org.backoffice.events.it;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** Maintenance carried out on doneOn; the next is due intervalMonths later, on nextDue. */
@Revision("1")
public record MaintenanceDoneEvent(UUID planId, UUID assetId, LocalDate doneOn, String note, LocalDate nextDue) {
}
