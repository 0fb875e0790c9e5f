package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** A follow-up of a conflict case on date, with a durable reminder that marks it due on that day. */
@Revision("1")
public record ConflictFollowUpScheduledEvent(UUID conflictId, UUID followUpId, LocalDate date, String purpose) {
}
