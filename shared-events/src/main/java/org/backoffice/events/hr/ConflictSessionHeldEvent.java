package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A session of a conflict case held on date with its mediator. Each party's note is sealed under
 * that party's own HR-file key, so erasing either party makes only their part unreadable.
 */
@Revision("1")
public record ConflictSessionHeldEvent(UUID conflictId, UUID sessionId, LocalDate date, UUID mediatorId,
                                       List<PartyNote> notes) {
}
