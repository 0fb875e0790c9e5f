package org.backoffice.events.it;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** Recurring maintenance of a device: the task, every intervalMonths, first (or next) due on nextDue, reminded reminderDays before. */
@Revision("1")
public record MaintenancePlannedEvent(UUID planId, UUID assetId, String task, int intervalMonths, LocalDate nextDue, int reminderDays) {
}
