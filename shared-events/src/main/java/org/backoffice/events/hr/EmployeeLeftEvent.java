package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** The termination took effect: lastDay has come. Offboarding (device return) follows from it. */
@Revision("1")
public record EmployeeLeftEvent(UUID employeeId, LocalDate lastDay) {
}
