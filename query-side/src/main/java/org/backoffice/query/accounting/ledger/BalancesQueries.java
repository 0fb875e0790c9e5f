package org.backoffice.query.accounting.ledger;

import org.backoffice.events.accounting.AccountType;
import org.backoffice.events.accounting.PartyKind;

import java.time.Instant;
import java.util.UUID;

/** The queries the balances read model answers. */
public final class BalancesQueries {

    private BalancesQueries() {
    }

    public record FindAccounts(AccountType type, PartyKind partyKind, UUID partyId, String number, int page, int size) {
    }

    public record FindAccount(UUID accountId) {
    }

    public record FindEntries(UUID accountId, Instant from, Instant to, int page, int size) {
    }

    public record FindTransaction(UUID transactionId) {
    }

    /** asOf null: now. Otherwise every account as its ledger stood at that instant. */
    public record GetBalances(Instant asOf) {
    }
}
