package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The mediation failed: the case goes up (management, works council, labour law), closed here. */
@Revision("1")
public record ConflictCaseEscalatedEvent(UUID conflictId, String reason) {
}
