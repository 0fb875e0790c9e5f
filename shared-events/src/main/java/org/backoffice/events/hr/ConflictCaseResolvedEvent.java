package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The agreement the parties reached: the conflict case is resolved (closed), once. */
@Revision("1")
public record ConflictCaseResolvedEvent(UUID conflictId, String outcome) {
}
