package org.backoffice.events.accounting;

/**
 * The five kinds of account of double-entry bookkeeping. ASSET and EXPENSE accounts are
 * debit-normal (their balance is debits minus credits); the others are credit-normal.
 */
public enum AccountType {
    ASSET, LIABILITY, EQUITY, REVENUE, EXPENSE;

    public boolean isDebitNormal() {
        return this == ASSET || this == EXPENSE;
    }
}
