package org.backoffice.events.accounting;

import org.backoffice.events.common.Money;

import java.util.UUID;

/**
 * One line of a journal entry: an amount debited or credited to one account. taxCode and taxRole
 * are both set or both empty: a line taxed by a code (BASE) or a tax line that code made.
 */
public record EntryLeg(UUID accountId, EntrySide side, Money amount, String taxCode, TaxRole taxRole) {

    public static EntryLeg debit(UUID accountId, Money amount) {
        return new EntryLeg(accountId, EntrySide.DEBIT, amount, null, null);
    }

    public static EntryLeg credit(UUID accountId, Money amount) {
        return new EntryLeg(accountId, EntrySide.CREDIT, amount, null, null);
    }

    /** The same line on the other side: what a reversal posts. */
    public EntryLeg reversed() {
        return new EntryLeg(accountId, side.opposite(), amount, taxCode, taxRole);
    }
}
