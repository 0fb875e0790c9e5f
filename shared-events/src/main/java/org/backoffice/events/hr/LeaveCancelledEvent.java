package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A requested or approved leave withdrawn: its days return to the balance (and to the payroll). */
@Revision("1")
public record LeaveCancelledEvent(UUID employeeId, UUID leaveId, String reason) {
}
