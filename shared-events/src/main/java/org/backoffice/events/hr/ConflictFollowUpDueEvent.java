package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** A follow-up's day has come while the case is open (its reminder fired): HR's list shows it due. */
@Revision("1")
public record ConflictFollowUpDueEvent(UUID conflictId, UUID followUpId, LocalDate date) {
}
