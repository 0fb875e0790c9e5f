package org.backoffice.command.accounting.ledger;

import org.backoffice.events.accounting.AccountGroups;
import org.backoffice.events.accounting.AccountType;
import org.backoffice.events.accounting.Party;
import org.backoffice.events.accounting.PartyKind;

import java.util.UUID;

/** What another aggregate may know of an account to decide with it: what kind of account it is. */
public record AccountFacts(UUID id, String number, AccountType type, Party party, String group) {

    public boolean belongsTo(PartyKind kind) {
        return party != null && party.kind() == kind;
    }

    /**
     * A bank or cash account: an ASSET account of no customer, supplier or employee, shown under
     * the balance sheet's cash and bank position (or under no position: accounts opened before
     * positions existed, or one by one without).
     */
    public boolean isBankOrCash() {
        return isBankOrCash(type, party, group);
    }

    static boolean isBankOrCash(AccountType type, Party party, String group) {
        return type == AccountType.ASSET && party == null && (group == null || AccountGroups.CASH_AND_BANK.equals(group));
    }
}
