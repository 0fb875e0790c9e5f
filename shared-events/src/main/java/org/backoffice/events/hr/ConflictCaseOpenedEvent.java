package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.UUID;

/** A conflict between exactly two employees. */
@Revision("1")
public record ConflictCaseOpenedEvent(UUID conflictId, List<UUID> employeeIds, String description) {
}
