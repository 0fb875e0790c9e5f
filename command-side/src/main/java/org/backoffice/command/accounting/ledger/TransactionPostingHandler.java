package org.backoffice.command.accounting.ledger;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.backoffice.command.common.Load;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

import static org.backoffice.command.common.CommandRejectedException.notFound;

/**
 * Posts a transaction as one unit of work: the transaction record and both account legs are
 * applied together and committed in one database transaction, so the ledger is never seen
 * half-posted (no compensating saga). It only loads, asks and saves: each account says whether
 * it can take its leg, the {@link LedgerTransaction} decides, then both legs are applied.
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
        Posting posting = Posting.of(c);
        Aggregate<LedgerTransaction> tx = loadOrCreateTransaction(c.transactionId());
        if (tx.invoke(LedgerTransaction::isRecorded)) {
            return tx.invoke(t -> t.answerToRepeat(c));
        }
        return post(tx, posting);
    }

    @CommandHandler
    public TransactionOutcome handle(ReverseTransactionCommand c) throws Exception {
        Aggregate<LedgerTransaction> original = loadTransaction(c.transactionId());
        Aggregate<LedgerTransaction> reversal = loadOrCreateTransaction(c.reversalId());
        if (reversal.invoke(LedgerTransaction::isRecorded)) {
            return reversal.invoke(t -> t.answerToRepeatedReversal(c));
        }
        TransactionOutcome outcome = post(reversal, original.invoke(t -> t.reversal(c)));
        if (outcome.status() == TransactionOutcome.Status.COMPLETED) {
            original.execute(t -> t.markReversed(c.reversalId(), c.reason()));
        }
        return outcome;
    }

    /** Load both accounts in lock order, ask them about their legs, let the transaction decide, apply. */
    private TransactionOutcome post(Aggregate<LedgerTransaction> tx, Posting p) {
        // Fixed lock order by id; see the class comment.
        boolean debitFirst = p.debitAccountId().compareTo(p.creditAccountId()) < 0;
        Optional<Aggregate<Account>> first = loadAccount(debitFirst ? p.debitAccountId() : p.creditAccountId());
        Optional<Aggregate<Account>> second = loadAccount(debitFirst ? p.creditAccountId() : p.debitAccountId());
        Optional<Aggregate<Account>> debit = debitFirst ? first : second;
        Optional<Aggregate<Account>> credit = debitFirst ? second : first;

        Optional<String> legRefusal = debit.isEmpty() || credit.isEmpty() ? Optional.empty()
                : debit.get().invoke(a -> a.refusalToDebit(p.amount()))
                .or(() -> credit.get().invoke(a -> a.refusalToCredit(p.amount())));
        TransactionOutcome outcome = tx.invoke(t -> t.decide(p, debit.map(a -> a.invoke(Account::facts)),
                credit.map(a -> a.invoke(Account::facts)), legRefusal));
        if (outcome.status() == TransactionOutcome.Status.COMPLETED) {
            // The legs in the same id order as the locks: appending an account's event locks its
            // stream head in PostgreSQL until commit, so two opposite transfers on two instances
            // sharing the database would otherwise deadlock there.
            Runnable debitLeg = () -> debit.get().execute(a -> a.debit(p.id(), p.amount(), p.reference()));
            Runnable creditLeg = () -> credit.get().execute(a -> a.credit(p.id(), p.amount(), p.reference()));
            (debitFirst ? debitLeg : creditLeg).run();
            (debitFirst ? creditLeg : debitLeg).run();
        }
        return outcome;
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
