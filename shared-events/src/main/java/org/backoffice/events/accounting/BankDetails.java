package org.backoffice.events.accounting;

/** A bank account as a SEPA payment names it: the IBAN (no spaces, capitals) and the BIC, if given. */
public record BankDetails(String iban, String bic) {
}
