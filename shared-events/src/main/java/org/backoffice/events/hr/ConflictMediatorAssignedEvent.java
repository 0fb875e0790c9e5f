package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The mediator of a conflict case from now on: an active employee who is not one of the parties. */
@Revision("1")
public record ConflictMediatorAssignedEvent(UUID conflictId, UUID mediatorId) {
}
