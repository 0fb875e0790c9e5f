package org.backoffice.events.accounting;

/** The side of a journal entry's line: a debit or a credit on its account. */
public enum EntrySide {
    DEBIT, CREDIT;

    public EntrySide opposite() {
        return this == DEBIT ? CREDIT : DEBIT;
    }
}
