package org.backoffice.command.accounting.ledger;

import org.axonframework.modelling.command.Repository;
import org.backoffice.command.common.Load;
import org.backoffice.events.accounting.AccountType;
import org.backoffice.events.accounting.PartyKind;
import org.backoffice.events.accounting.TransactionKind;

import java.util.Optional;
import java.util.UUID;

import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/**
 * Which accounts each kind of transaction may debit and credit (docs/api.md). A kind that does not
 * fit its accounts is a request error (422), not a rejected transaction: nothing is stored.
 */
public final class TransactionKindPolicy {

    private TransactionKindPolicy() {
    }

    /** Why the kind does not fit the two accounts, or empty when it does. */
    public static Optional<String> misfit(TransactionKind kind, AccountFacts debit, AccountFacts credit) {
        return switch (kind) {
            case TRANSFER -> Optional.empty();
            case CUSTOMER_INVOICE -> require(debit.belongsTo(PartyKind.CUSTOMER), "debit", debit, "a CUSTOMER account")
                    .or(() -> require(credit.type() == AccountType.REVENUE, "credit", credit, "a REVENUE account"));
            case CUSTOMER_PAYMENT -> require(debit.isBankOrCash(), "debit", debit, "an ASSET account without party")
                    .or(() -> require(credit.belongsTo(PartyKind.CUSTOMER), "credit", credit, "a CUSTOMER account"));
            case SUPPLIER_INVOICE -> require(debit.type() == AccountType.EXPENSE || debit.isBankOrCash(), "debit", debit,
                    "an EXPENSE account or an ASSET account without party")
                    .or(() -> require(credit.belongsTo(PartyKind.SUPPLIER), "credit", credit, "a SUPPLIER account"));
            case SUPPLIER_PAYMENT -> require(debit.belongsTo(PartyKind.SUPPLIER), "debit", debit, "a SUPPLIER account")
                    .or(() -> require(credit.isBankOrCash(), "credit", credit, "an ASSET account without party"));
            // Salaries leave the bank, or wait on money in transit until the bank statement confirms them.
            case PAYROLL -> require(debit.type() == AccountType.EXPENSE, "debit", debit, "an EXPENSE account")
                    .or(() -> require(credit.type() == AccountType.ASSET && credit.party() == null, "credit", credit,
                            "an ASSET account without party"));
            case JOURNAL_ENTRY -> Optional.of("a journal entry names its legs: book it as a journal entry");
        };
    }

    private static Optional<String> require(boolean fits, String side, AccountFacts account, String expected) {
        return fits ? Optional.empty()
                : Optional.of("the " + side + " account " + account.number() + " must be " + expected);
    }

    /**
     * The two accounts of a process that will post transactions of this kind later (payroll
     * runs, standing orders): each must exist and be open, and together they must fit the kind,
     * so that no payment is refused for its kind halfway through. Refused (422) otherwise.
     */
    public static void requireFit(TransactionKind kind, AccountFacts debit, AccountFacts credit, String purpose) {
        misfit(kind, debit, credit).ifPresent(misfit -> {
            throw ruleViolated("these accounts cannot " + purpose + ": " + misfit);
        });
    }

    /**
     * The facts of the accounts a process names (id to role), loaded in lock order as postings
     * load theirs (Posting.accountsInLockOrder), so that the process and a posting on the same
     * accounts never wait for each other's locks; each refused (422) when it does not exist.
     */
    public static java.util.Map<UUID, AccountFacts> existingAccounts(Repository<Account> accounts,
                                                                     java.util.Map<UUID, String> roles) {
        java.util.Map<UUID, AccountFacts> facts = new java.util.HashMap<>();
        for (UUID id : new java.util.TreeSet<>(roles.keySet())) {
            facts.put(id, existingAccount(accounts, id, roles.get(id)));
        }
        return facts;
    }

    /** The facts of an account a process names; refused (422) when it does not exist, naming its role. */
    public static AccountFacts existingAccount(Repository<Account> accounts, UUID id, String role) {
        return Load.find(accounts, id, Account::isOpened).map(a -> a.invoke(Account::facts))
                .orElseThrow(() -> ruleViolated("the " + role + " account " + id + " does not exist"));
    }
}
