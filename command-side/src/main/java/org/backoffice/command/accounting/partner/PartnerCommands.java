package org.backoffice.command.accounting.partner;

import org.backoffice.events.accounting.BankDetails;
import org.backoffice.events.accounting.PartyKind;

import org.backoffice.events.common.Money;

import java.util.UUID;

/** The commands of business partners, handled by {@link PartnerHandler}. */
public final class PartnerCommands {

    private PartnerCommands() {
    }

    /**
     * Register a customer or supplier and open its personal account: accountNumber given, or the
     * next free one of its range (customers 10000–69999, suppliers 70000–99999, as DATEV's
     * Debitoren and Kreditoren).
     */
    public record RegisterPartner(UUID partnerId, PartyKind kind, String name, String accountNumber, String currency,
                                  BankDetails bankDetails, int paymentTermDays) {
    }

    public record ChangePartnerBankDetails(UUID partnerId, BankDetails bankDetails) {
    }

    /** Allocate amount of a payment's unallocated rest to an open item of the same partner. */
    public record AllocatePayment(UUID partnerId, UUID allocationId, UUID paymentId, UUID itemId, Money amount) {
    }
}
