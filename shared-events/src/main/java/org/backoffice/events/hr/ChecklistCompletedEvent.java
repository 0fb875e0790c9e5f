package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** Every task of the checklist is done. */
@Revision("1")
public record ChecklistCompletedEvent(UUID checklistId, UUID employeeId, ChecklistKind kind, LocalDate completedOn) {
}
