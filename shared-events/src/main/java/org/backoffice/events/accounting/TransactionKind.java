package org.backoffice.events.accounting;

public enum TransactionKind {
    TRANSFER, CUSTOMER_INVOICE, CUSTOMER_PAYMENT, SUPPLIER_INVOICE, SUPPLIER_PAYMENT, PAYROLL
}
