package org.backoffice.events.accounting;

import org.backoffice.events.common.EventReference;
import org.backoffice.events.common.RefersTo;

import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.UUID;

/**
 * The entry at position of a statement was resolved: matched by a rule (how: e.g.
 * OUR_TRANSFER, CUSTOMER_REFERENCE, CUSTOMER_IBAN_AMOUNT, RETURN) or assigned by resolvedBy
 * (how ASSIGNED), booked by the journal entries transactionIds (the first books the bank side),
 * on behalf of partnerId if any.
 */
@Revision("1")
public record BankEntryResolvedEvent(UUID statementId, int position, String how, List<UUID> transactionIds,
                                     UUID partnerId, String resolvedBy, String note) implements RefersTo {

    public BankEntryResolvedEvent {
        transactionIds = List.copyOf(transactionIds);
    }

    /** The journal entries that booked the entry (the first books the bank side). */
    @Override
    public List<EventReference> references() {
        return transactionIds.stream().map(t -> EventReference.toAggregate("booking", t)).toList();
    }
}
