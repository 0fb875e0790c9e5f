package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A leave request refused, with HR's reason. */
@Revision("1")
public record LeaveRefusedEvent(UUID employeeId, UUID leaveId, String reason) {
}
