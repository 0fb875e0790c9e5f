package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A leave asked for (or, for sick leave, reported) from firstDay to lastDay inclusive.
 * workingDays are the days of it that count, by the working-day calendar on the day it was
 * requested (weekends and the public holidays of the company's state left out), so balances are
 * read from the events without a calendar. sealedNote is personal data, sealed under the
 * employee's HR-file key; it may be null.
 */
@Revision("1")
public record LeaveRequestedEvent(UUID employeeId, UUID leaveId, LeaveType type, LocalDate firstDay, LocalDate lastDay,
                                  List<LocalDate> workingDays, String sealedNote) {
}
