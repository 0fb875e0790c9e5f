package org.backoffice.events.accounting;

import org.backoffice.events.common.Money;

import java.util.List;
import java.util.UUID;

/**
 * One credit transfer of a payment run: amount to the creditor's bank account, paying its open
 * items. paymentId is also the journal entry that books it and, without its hyphens, the
 * transfer's end-to-end id, by which the bank statement names it again.
 */
public record RunPayment(UUID paymentId, UUID partnerId, UUID partnerAccountId, String creditorName,
                         BankDetails creditorBank, Money amount, String remittance, List<PaidItem> items) {

    public RunPayment {
        items = List.copyOf(items);
    }

    /** An open item a run payment settles, and how much of it. */
    public record PaidItem(UUID itemId, String documentNumber, Money amount) {
    }

    /** The end-to-end id of a payment: its id without hyphens (32 characters; ISO 20022 allows 35). */
    public static String endToEndId(UUID paymentId) {
        return paymentId.toString().replace("-", "");
    }
}
