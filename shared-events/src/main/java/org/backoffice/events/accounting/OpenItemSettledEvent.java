package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;
import org.backoffice.events.common.EventReference;
import org.backoffice.events.common.Money;
import org.backoffice.events.common.RefersTo;

import java.util.List;
import java.util.UUID;

/**
 * Part (or all) of a payment was allocated to an open item of the same partner: with the entry
 * that booked the payment (allocationId empty), or later from its unallocated rest (allocationId:
 * the client's id of that allocation, so that a retry allocates nothing twice). Never more than
 * the item still owes or the payment still has.
 */
@Revision("1")
public record OpenItemSettledEvent(UUID partnerId, UUID itemId, UUID paymentId, Money amount, UUID allocationId)
        implements RefersTo {

    /** The invoice's journal entry and the payment's. */
    @Override
    public List<EventReference> references() {
        return List.of(EventReference.toAggregate("invoice", itemId), EventReference.toAggregate("payment", paymentId));
    }
}
