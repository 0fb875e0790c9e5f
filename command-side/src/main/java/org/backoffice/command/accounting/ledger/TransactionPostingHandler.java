package org.backoffice.command.accounting.ledger;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.backoffice.command.common.Load;
import org.backoffice.events.accounting.TransactionKind;
import org.backoffice.events.common.Money;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static org.backoffice.command.common.CommandRejectedException.conflict;
import static org.backoffice.command.common.CommandRejectedException.notFound;
import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/**
 * Posts a transaction as one unit of work: the transaction record and both account legs are
 * applied together and committed in one database transaction, so the ledger is never seen
 * half-posted (no compensating saga). Every check is made before the first event is applied.
 * Accounts are locked in id order, so two opposite transfers between the same accounts cannot
 * deadlock on Axon's aggregate locks.
 */
@Component
public class TransactionPostingHandler {

    private final Repository<Account> accounts;
    private final Repository<LedgerTransaction> transactions;

    public TransactionPostingHandler(@Qualifier("accountRepository") Repository<Account> accounts,
                                     @Qualifier("ledgerTransactionRepository") Repository<LedgerTransaction> transactions) {
        this.accounts = accounts;
        this.transactions = transactions;
    }

    @CommandHandler
    public TransactionOutcome handle(PostTransactionCommand c) throws Exception {
        if (c.debitAccountId().equals(c.creditAccountId())) {
            throw ruleViolated("the debit and the credit account must be different accounts");
        }
        Aggregate<LedgerTransaction> tx = loadOrCreateTransaction(c.transactionId());
        LedgerTransaction existing = tx.invoke(t -> t);
        if (existing.isRecorded()) {
            if (!existing.isSameRequest(c)) {
                throw conflict("transaction " + c.transactionId() + " already exists with different details");
            }
            return existing.outcome();
        }
        return post(tx, c.transactionId(), c.kind(), c.debitAccountId(), c.creditAccountId(), c.amount(),
                c.reference(), c.valueDate(), null);
    }

    @CommandHandler
    public TransactionOutcome handle(ReverseTransactionCommand c) throws Exception {
        Aggregate<LedgerTransaction> original = loadTransaction(c.transactionId());
        Aggregate<LedgerTransaction> reversal = loadOrCreateTransaction(c.reversalId());
        LedgerTransaction existing = reversal.invoke(t -> t);
        if (existing.isRecorded()) {
            if (!c.transactionId().equals(existing.reversalOf())) {
                throw conflict("transaction " + c.reversalId() + " already exists and is not a reversal of "
                        + c.transactionId());
            }
            return existing.outcome();
        }
        LedgerTransaction o = original.invoke(t -> t);
        if (!o.isPosted()) {
            throw conflict("transaction " + c.transactionId() + " was not completed (it was rejected): nothing to reverse");
        }
        if (o.reversedBy() != null) {
            throw conflict("transaction " + c.transactionId() + " is already reversed by " + o.reversedBy());
        }
        String reference = "Reversal of " + (o.reference() == null ? c.transactionId() : o.reference())
                + ": " + c.reason();
        TransactionOutcome outcome = post(reversal, c.reversalId(), o.kind(), o.creditAccountId(), o.debitAccountId(),
                o.amount(), reference, c.valueDate(), c.transactionId());
        if (outcome.status() == TransactionOutcome.Status.COMPLETED) {
            original.execute(t -> t.markReversed(c.reversalId(), c.reason()));
        }
        return outcome;
    }

    private TransactionOutcome post(Aggregate<LedgerTransaction> tx, UUID id, TransactionKind kind, UUID debitId,
                                    UUID creditId, Money amount, String reference, LocalDate valueDate,
                                    UUID reversalOf) {
        // Fixed lock order by id; see the class comment.
        boolean debitFirst = debitId.compareTo(creditId) < 0;
        Optional<Aggregate<Account>> first = loadAccount(debitFirst ? debitId : creditId);
        Optional<Aggregate<Account>> second = loadAccount(debitFirst ? creditId : debitId);
        Optional<Aggregate<Account>> debit = debitFirst ? first : second;
        Optional<Aggregate<Account>> credit = debitFirst ? second : first;

        Optional<String> refusal;
        if (debit.isEmpty()) {
            refusal = Optional.of("the debit account " + debitId + " does not exist");
        } else if (credit.isEmpty()) {
            refusal = Optional.of("the credit account " + creditId + " does not exist");
        } else {
            Account d = debit.get().invoke(a -> a);
            Account cr = credit.get().invoke(a -> a);
            if (reversalOf == null) {
                TransactionKindPolicy.misfit(kind, d, cr).ifPresent(misfit -> {
                    throw ruleViolated("a " + kind + " transaction does not fit these accounts: " + misfit);
                });
            }
            refusal = d.refusalToDebit(amount).or(() -> cr.refusalToCredit(amount));
        }
        if (refusal.isPresent()) {
            String reason = refusal.get();
            tx.execute(t -> t.reject(id, kind, debitId, creditId, amount, reference, valueDate, reversalOf, reason));
            return TransactionOutcome.rejected(id, reason);
        }
        tx.execute(t -> t.post(id, kind, debitId, creditId, amount, reference, valueDate, reversalOf));
        // The legs in the same id order as the locks: appending an account's event locks its
        // stream head in PostgreSQL until commit, so two opposite transfers on two instances
        // sharing the database would otherwise deadlock there.
        Runnable debitLeg = () -> debit.get().execute(a -> a.debit(id, amount, reference));
        Runnable creditLeg = () -> credit.get().execute(a -> a.credit(id, amount, reference));
        (debitFirst ? debitLeg : creditLeg).run();
        (debitFirst ? creditLeg : debitLeg).run();
        return TransactionOutcome.completed(id);
    }

    private Aggregate<LedgerTransaction> loadOrCreateTransaction(UUID id) throws Exception {
        return Load.forCreate(transactions, id, LedgerTransaction::new, "a transaction");
    }

    private Optional<Aggregate<Account>> loadAccount(UUID id) {
        return Load.find(accounts, id, Account::isOpened);
    }

    private Aggregate<LedgerTransaction> loadTransaction(UUID id) {
        return Load.find(transactions, id, LedgerTransaction::isRecorded)
                .orElseThrow(() -> notFound("transaction " + id + " does not exist"));
    }
}
