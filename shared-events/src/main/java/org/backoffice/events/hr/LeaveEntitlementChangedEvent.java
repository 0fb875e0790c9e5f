package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.util.UUID;

/** From fromYear on, the employee's annual entitlement is annualDays working days (before pro-rating). */
@Revision("1")
public record LeaveEntitlementChangedEvent(UUID employeeId, int fromYear, BigDecimal annualDays) {
}
