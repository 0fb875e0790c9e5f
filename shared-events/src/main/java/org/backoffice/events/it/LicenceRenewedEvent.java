package org.backoffice.events.it;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** Renewed: it runs until the next renewal date; the reminder is set again for that one. */
@Revision("1")
public record LicenceRenewedEvent(UUID licenceId, LocalDate previousRenewalDate, LocalDate renewalDate) {
}
