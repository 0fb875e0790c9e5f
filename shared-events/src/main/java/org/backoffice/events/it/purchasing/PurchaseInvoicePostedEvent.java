package org.backoffice.events.it.purchasing;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The receipt's supplier invoice is in the ledger as journal entry entryId. */
@Revision("1")
public record PurchaseInvoicePostedEvent(UUID orderId, UUID receiptId, UUID entryId) {
}
