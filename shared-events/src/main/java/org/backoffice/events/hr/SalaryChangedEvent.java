package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;
import org.backoffice.events.common.Money;

import java.time.LocalDate;
import java.util.UUID;

/** The monthly salary in force from effectiveDate on. */
@Revision("1")
public record SalaryChangedEvent(UUID employeeId, Money monthlySalary, LocalDate effectiveDate) {
}
