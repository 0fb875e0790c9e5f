package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;
import org.backoffice.events.common.Money;

import java.time.LocalDate;
import java.util.UUID;

/** The applicant is offered the position at this salary from this day. */
@Revision("1")
public record OfferMadeEvent(UUID applicantId, Money monthlySalary, LocalDate startDate) {
}
