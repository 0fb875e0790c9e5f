package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;
import org.backoffice.events.common.Money;

import java.time.YearMonth;
import java.util.UUID;

/** A supplier is to be paid this amount from the bank account on this day of every month from startMonth (to endMonth). */
@Revision("1")
public record StandingOrderCreatedEvent(UUID orderId, UUID supplierAccountId, UUID bankAccountId, Money amount,
                                        int dayOfMonth, YearMonth startMonth, YearMonth endMonth, String reference) {
}
