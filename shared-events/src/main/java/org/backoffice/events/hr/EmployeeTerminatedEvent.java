package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * effectiveDate is the last day of employment; until then the employee is active. grounds is
 * null when none was given (and in every event stored before grounds existed).
 */
@Revision("1")
public record EmployeeTerminatedEvent(UUID employeeId, LocalDate effectiveDate, String reason, TerminationGrounds grounds) {

    public EmployeeTerminatedEvent(UUID employeeId, LocalDate effectiveDate, String reason) {
        this(employeeId, effectiveDate, reason, null);
    }
}
