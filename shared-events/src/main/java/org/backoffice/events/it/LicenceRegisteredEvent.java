package org.backoffice.events.it;

import org.axonframework.serialization.Revision;
import org.backoffice.events.common.Money;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A software licence or subscription: so many seats, a cost per billing period, the date it
 * renews, and how many days before that IT is reminded.
 */
@Revision("1")
public record LicenceRegisteredEvent(UUID licenceId, String product, String vendor, int seats, Money costPerPeriod,
                                     BillingPeriod billingPeriod, LocalDate renewalDate, int reminderDays) {
}
