package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** New department, job title and manager (optional) from effectiveDate on. */
@Revision("1")
public record EmployeeTransferredEvent(UUID employeeId, String department, String jobTitle, UUID managerId,
                                       LocalDate effectiveDate) {
}
