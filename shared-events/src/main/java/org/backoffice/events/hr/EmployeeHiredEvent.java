package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;
import org.backoffice.events.common.Money;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An employee was hired. personalData is sealed (AES-GCM under a key of this employee alone),
 * so that erasing the key erases the data everywhere while the event itself stays intact.
 * positionId and managerId are optional.
 */
@Revision("1")
public record EmployeeHiredEvent(UUID employeeId, UUID positionId, SealedPersonalData personalData, String department, String jobTitle,
                                 LocalDate startDate, Money monthlySalary, UUID managerId) {
}
