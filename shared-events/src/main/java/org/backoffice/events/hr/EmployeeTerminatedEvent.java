package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** effectiveDate is the last day of employment; until then the employee is active. */
@Revision("1")
public record EmployeeTerminatedEvent(UUID employeeId, LocalDate effectiveDate, String reason) {
}
