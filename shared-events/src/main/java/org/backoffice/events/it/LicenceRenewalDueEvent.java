package org.backoffice.events.it;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** The reminder: the licence renews on renewalDate, reminderDays from when this was recorded. */
@Revision("1")
public record LicenceRenewalDueEvent(UUID licenceId, LocalDate renewalDate) {
}
