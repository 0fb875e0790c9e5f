package org.backoffice.events.accounting;

/**
 * What a transaction is. The two-account kinds are posted through the transactions API, which
 * checks that the accounts fit the kind; JOURNAL_ENTRY is an entry with any number of legs,
 * booked by an accountant, whose accounts are the accountant's choice.
 */
public enum TransactionKind {
    TRANSFER, CUSTOMER_INVOICE, CUSTOMER_PAYMENT, SUPPLIER_INVOICE, SUPPLIER_PAYMENT, PAYROLL, JOURNAL_ENTRY
}
