package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;
import org.backoffice.events.common.Money;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An invoice became an open item of its partner: the journal entry itemId put amount on the
 * partner's account in the claim's direction (a customer's receivable debited, a supplier's
 * payable credited), in the same transaction as this event. It is due on dueDate (the partner's
 * payment terms from the document date, unless the entry gave its own).
 */
@Revision("1")
public record OpenItemBookedEvent(UUID partnerId, UUID itemId, String documentNumber, LocalDate documentDate,
                                  LocalDate bookingDate, LocalDate dueDate, Money amount) {
}
