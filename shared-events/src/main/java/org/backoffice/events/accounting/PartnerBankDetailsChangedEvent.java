package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A partner's bank account changed: payments from now on go to (or come from) this one. */
@Revision("1")
public record PartnerBankDetailsChangedEvent(UUID partnerId, BankDetails bankDetails) {
}
