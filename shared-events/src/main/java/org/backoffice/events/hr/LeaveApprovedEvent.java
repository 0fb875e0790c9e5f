package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** A leave approved; its type and days are repeated so payroll's lookup needs no other event. */
@Revision("1")
public record LeaveApprovedEvent(UUID employeeId, UUID leaveId, LeaveType type, LocalDate firstDay, LocalDate lastDay) {
}
