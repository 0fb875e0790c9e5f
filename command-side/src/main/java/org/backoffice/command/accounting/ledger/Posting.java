package org.backoffice.command.accounting.ledger;

import org.backoffice.events.accounting.EntryLeg;
import org.backoffice.events.accounting.EntrySide;
import org.backoffice.events.accounting.TransactionKind;
import org.backoffice.events.common.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/**
 * A journal entry to be posted: a new one, or the reversal of one (reversalOf). Its legs, tax
 * lines included, are final: they balance, each is positive, all are in one currency. A posting
 * of one of the two-account kinds has exactly one debit and one credit leg on different accounts.
 */
public record Posting(UUID id, TransactionKind kind, String documentNumber, LocalDate documentDate,
                      LocalDate bookingDate, String text, List<EntryLeg> legs, UUID reversalOf) {

    public Posting {
        legs = List.copyOf(legs);
        if (legs.size() < 2) {
            throw ruleViolated("legs", "an entry has at least two legs, one debit and one credit");
        }
        String currency = legs.get(0).amount().currency();
        BigDecimal balance = BigDecimal.ZERO;
        for (int i = 0; i < legs.size(); i++) {
            EntryLeg leg = legs.get(i);
            if (!leg.amount().isPositive()) {
                throw ruleViolated("legs[" + i + "].amount", "a leg's amount must be greater than zero");
            }
            if (!leg.amount().currency().equals(currency)) {
                throw ruleViolated("legs[" + i + "].amount.currency", "all legs of an entry are in one currency: leg "
                        + i + " is in " + leg.amount().currency() + ", leg 0 in " + currency);
            }
            balance = leg.side() == EntrySide.DEBIT ? balance.add(leg.amount().amount())
                    : balance.subtract(leg.amount().amount());
        }
        if (balance.signum() != 0) {
            throw ruleViolated("legs", "the entry does not balance: debits " + total(legs, EntrySide.DEBIT)
                    + ", credits " + total(legs, EntrySide.CREDIT));
        }
        if (kind != TransactionKind.JOURNAL_ENTRY) {
            if (legs.size() != 2 || legs.get(0).side() != EntrySide.DEBIT || legs.get(1).side() != EntrySide.CREDIT) {
                throw new IllegalArgumentException("a " + kind + " transaction has one debit and one credit leg");
            }
            if (legs.get(0).accountId().equals(legs.get(1).accountId())) {
                throw ruleViolated("the debit and the credit account must be different accounts");
            }
        }
    }

    static Posting of(PostTransactionCommand c) {
        return new Posting(c.transactionId(), c.kind(), null, c.valueDate(), c.valueDate(), c.reference(),
                List.of(EntryLeg.debit(c.debitAccountId(), c.amount()), EntryLeg.credit(c.creditAccountId(), c.amount())),
                null);
    }

    private static Money total(List<EntryLeg> legs, EntrySide side) {
        return legs.stream().filter(l -> l.side() == side).map(EntryLeg::amount)
                .reduce(Money.zero(legs.get(0).amount().currency()), Money::plus);
    }

    boolean isReversal() {
        return reversalOf != null;
    }

    /** The accounts of the legs in lock order (by id), each once. */
    Set<UUID> accountsInLockOrder() {
        return new TreeSet<>(legs.stream().map(EntryLeg::accountId).toList());
    }

    /** The legs on one account, in entry order. */
    List<EntryLeg> legsOn(UUID accountId) {
        return legs.stream().filter(l -> l.accountId().equals(accountId)).toList();
    }

    /** Index of the first leg on this account (to name it in an answer). */
    int firstLegOn(UUID accountId) {
        for (int i = 0; i < legs.size(); i++) {
            if (legs.get(i).accountId().equals(accountId)) {
                return i;
            }
        }
        return -1;
    }

    /** The debit account of a two-account posting. */
    UUID debitAccountId() {
        return legs.get(0).accountId();
    }

    /** The credit account of a two-account posting. */
    UUID creditAccountId() {
        return legs.get(1).accountId();
    }

    /** The amount of a two-account posting. */
    Money amount() {
        return legs.get(0).amount();
    }

}
