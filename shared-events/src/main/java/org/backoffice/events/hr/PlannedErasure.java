package org.backoffice.events.hr;

import java.time.LocalDate;

/**
 * When one class of a person's data is erased: its retention counts from retentionStart and
 * ends with retainedUntil (inclusive); basis names the rule.
 */
public record PlannedErasure(RetentionClass retentionClass, LocalDate retentionStart, LocalDate retainedUntil, String basis) {
}
