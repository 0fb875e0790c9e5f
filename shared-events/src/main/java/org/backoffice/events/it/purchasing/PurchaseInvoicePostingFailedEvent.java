package org.backoffice.events.it.purchasing;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The ledger refused the receipt's invoice (a period closed since, an account closed): accounting sees why and posts it again. */
@Revision("1")
public record PurchaseInvoicePostingFailedEvent(UUID orderId, UUID receiptId, String reason) {
}
