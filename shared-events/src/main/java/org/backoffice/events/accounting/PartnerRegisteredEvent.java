package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * A customer or supplier became a business partner: its personal account (receivable or
 * payable, accountId) was opened in the same transaction. bankDetails may be empty;
 * paymentTermDays is the time it (or we) has to pay an invoice.
 */
@Revision("1")
public record PartnerRegisteredEvent(UUID partnerId, PartyKind kind, String name, BankDetails bankDetails,
                                     int paymentTermDays, UUID accountId) {
}
