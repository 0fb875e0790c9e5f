package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The conflict's resolution, recorded once. */
@Revision("1")
public record ConflictCaseResolvedEvent(UUID conflictId, String outcome) {
}
