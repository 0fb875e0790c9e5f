package org.backoffice.command.accounting.ledger;

import java.util.Map;
import java.util.UUID;

/**
 * What a posted entry means for the business partners whose accounts it touches (their open
 * items and payments), told in the entry's unit of work after its legs are applied, so that
 * the entry and its items commit together or not at all. A refusal (a settlement that does not
 * fit) rolls the whole entry back.
 */
public interface PartnerPostings {

    /** A new entry, with its accounts' facts (locked) and its terms. */
    void booked(Posting entry, Map<UUID, AccountFacts> accounts, PartnerTerms terms);

    /** An entry reversing entry.reversalOf(). */
    void reversed(Posting entry, Map<UUID, AccountFacts> accounts);

    /** For a ledger without partners: a two-account test, say. */
    PartnerPostings NONE = new PartnerPostings() {
        @Override
        public void booked(Posting entry, Map<UUID, AccountFacts> accounts, PartnerTerms terms) {
            if (terms.dueDate() != null || !terms.settles().isEmpty()) {
                throw new IllegalStateException("no partners to book terms on");
            }
        }

        @Override
        public void reversed(Posting entry, Map<UUID, AccountFacts> accounts) {
        }
    };
}
