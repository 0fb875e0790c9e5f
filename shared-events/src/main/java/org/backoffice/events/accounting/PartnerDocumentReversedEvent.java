package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The entry documentId (an open item or a payment of this partner) was reversed by the entry
 * reversalId, booked on reversalDate. A reversed invoice's item is closed; a reversed payment (a return by the bank)
 * no longer pays anything. Either way every allocation between them is undone: the payments
 * that settled a reversed item become unallocated again, the items a reversed payment settled
 * are open again.
 */
@Revision("1")
public record PartnerDocumentReversedEvent(UUID partnerId, UUID documentId, UUID reversalId, LocalDate reversalDate) {
}
