package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;
import org.backoffice.events.common.Money;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A payment (or a credit note) was booked on a partner's account: the journal entry paymentId
 * put amount on it against the claims' direction (a customer's receivable credited, a supplier's
 * payable debited). What OpenItemSettledEvents do not allocate of it stays on the account as
 * unallocated.
 */
@Revision("1")
public record PartnerPaymentBookedEvent(UUID partnerId, UUID paymentId, String documentNumber, LocalDate bookingDate,
                                        Money amount) {
}
