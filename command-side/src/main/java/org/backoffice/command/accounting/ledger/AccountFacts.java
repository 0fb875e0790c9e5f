package org.backoffice.command.accounting.ledger;

import org.backoffice.events.accounting.AccountType;
import org.backoffice.events.accounting.Party;
import org.backoffice.events.accounting.PartyKind;

import java.util.UUID;

/** What another aggregate may know of an account to decide with it: what kind of account it is. */
public record AccountFacts(UUID id, String number, AccountType type, Party party) {

    public boolean belongsTo(PartyKind kind) {
        return party != null && party.kind() == kind;
    }

    /** A bank or cash account: an ASSET account of no customer, supplier or employee. */
    public boolean isBankOrCash() {
        return type == AccountType.ASSET && party == null;
    }
}
