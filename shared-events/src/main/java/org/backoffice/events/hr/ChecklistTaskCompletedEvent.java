package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A task done: by hand (completedBy the user, automatically null) or by the system (completedBy
 * null, automatically what it saw). sealedNote: the note given on completion, sealed under the
 * employee's key (personal data; null without a note).
 */
@Revision("1")
public record ChecklistTaskCompletedEvent(UUID checklistId, UUID employeeId, String taskKey, LocalDate completedOn,
                                          String completedBy, AutomaticCompletion automatically, String sealedNote) {
}
