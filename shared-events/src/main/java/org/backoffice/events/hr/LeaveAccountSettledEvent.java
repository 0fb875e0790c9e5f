package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The employment ended on lastDay: untakenDays of annual leave were left (negative: more taken
 * than the pro-rated entitlement). paidOut says whether the final payroll pays them out
 * (Urlaubsabgeltung, BUrlG §7 (4)).
 */
@Revision("1")
public record LeaveAccountSettledEvent(UUID employeeId, LocalDate lastDay, BigDecimal untakenDays, boolean paidOut) {
}
