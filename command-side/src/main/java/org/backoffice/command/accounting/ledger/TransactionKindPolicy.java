package org.backoffice.command.accounting.ledger;

import org.backoffice.events.accounting.AccountType;
import org.backoffice.events.accounting.PartyKind;
import org.backoffice.events.accounting.TransactionKind;

import java.util.Optional;

/**
 * Which accounts each kind of transaction may debit and credit (docs/api.md). A kind that does not
 * fit its accounts is a request error (422), not a rejected transaction: nothing is stored.
 */
public final class TransactionKindPolicy {

    private TransactionKindPolicy() {
    }

    /** Why the kind does not fit the two accounts, or empty when it does. */
    public static Optional<String> misfit(TransactionKind kind, Account debit, Account credit) {
        return switch (kind) {
            case TRANSFER -> Optional.empty();
            case CUSTOMER_INVOICE -> require(isParty(debit, PartyKind.CUSTOMER), "debit", debit, "a CUSTOMER account")
                    .or(() -> require(credit.type() == AccountType.REVENUE, "credit", credit, "a REVENUE account"));
            case CUSTOMER_PAYMENT -> require(isBankOrCash(debit), "debit", debit, "an ASSET account without party")
                    .or(() -> require(isParty(credit, PartyKind.CUSTOMER), "credit", credit, "a CUSTOMER account"));
            case SUPPLIER_INVOICE -> require(debit.type() == AccountType.EXPENSE || isBankOrCash(debit), "debit", debit,
                    "an EXPENSE account or an ASSET account without party")
                    .or(() -> require(isParty(credit, PartyKind.SUPPLIER), "credit", credit, "a SUPPLIER account"));
            case SUPPLIER_PAYMENT -> require(isParty(debit, PartyKind.SUPPLIER), "debit", debit, "a SUPPLIER account")
                    .or(() -> require(isBankOrCash(credit), "credit", credit, "an ASSET account without party"));
            case PAYROLL -> require(debit.type() == AccountType.EXPENSE, "debit", debit, "an EXPENSE account")
                    .or(() -> require(isBankOrCash(credit), "credit", credit, "an ASSET account without party"));
        };
    }

    private static Optional<String> require(boolean fits, String side, Account account, String expected) {
        return fits ? Optional.empty()
                : Optional.of("the " + side + " account " + account.number() + " must be " + expected);
    }

    private static boolean isParty(Account account, PartyKind kind) {
        return account.party() != null && account.party().kind() == kind;
    }

    private static boolean isBankOrCash(Account account) {
        return account.type() == AccountType.ASSET && account.party() == null;
    }

    /**
     * The two accounts of a process that will post transactions of this kind later (payroll
     * runs, standing orders): each must exist and be open, and together they must fit the kind,
     * so that no payment is refused for its kind halfway through. Refused (422) otherwise.
     */
    public static void requireFit(org.axonframework.modelling.command.Repository<Account> accounts, TransactionKind kind,
                                  java.util.UUID debitId, String debitRole, java.util.UUID creditId, String creditRole,
                                  String purpose) {
        Account debit = existingAccount(accounts, debitId, debitRole);
        Account credit = existingAccount(accounts, creditId, creditRole);
        misfit(kind, debit, credit).ifPresent(misfit -> {
            throw org.backoffice.command.common.CommandRejectedException.ruleViolated(
                    "these accounts cannot " + purpose + ": " + misfit);
        });
    }

    private static Account existingAccount(org.axonframework.modelling.command.Repository<Account> accounts,
                                           java.util.UUID id, String role) {
        try {
            Account account = accounts.load(id.toString()).invoke(a -> a);
            if (account.isOpened()) {
                return account;
            }
        } catch (org.axonframework.modelling.command.AggregateNotFoundException
                 | org.axonframework.eventsourcing.IncompatibleAggregateException e) {
            // unknown: refused below
        }
        throw org.backoffice.command.common.CommandRejectedException.ruleViolated(
                "the " + role + " account " + id + " does not exist");
    }
}
