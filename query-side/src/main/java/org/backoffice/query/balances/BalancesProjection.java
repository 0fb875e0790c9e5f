package org.backoffice.query.balances;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.backoffice.events.accounting.AccountClosedEvent;
import org.backoffice.events.accounting.AccountCreditedEvent;
import org.backoffice.events.accounting.AccountDebitedEvent;
import org.backoffice.events.accounting.AccountOpenedEvent;
import org.backoffice.events.accounting.TransactionPostedEvent;
import org.backoffice.events.accounting.TransactionRejectedEvent;
import org.backoffice.events.accounting.TransactionReversedEvent;
import org.backoffice.events.common.Money;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/**
 * Accounts with their balances, ledger entries with the balance after each, and transaction
 * status. Every handler is idempotent: an event already applied (by its aggregate sequence
 * number) changes nothing, so a redelivered batch never counts twice.
 */
@Component
@ProcessingGroup(BalancesProjection.NAME)
public class BalancesProjection {

    public static final String NAME = "balances";

    private final AccountViewRepository accounts;
    private final LedgerEntryRepository entries;
    private final TransactionViewRepository transactions;

    BalancesProjection(AccountViewRepository accounts, LedgerEntryRepository entries,
                       TransactionViewRepository transactions) {
        this.accounts = accounts;
        this.entries = entries;
        this.transactions = transactions;
    }

    @EventHandler
    void on(AccountOpenedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (accounts.existsById(e.accountId())) {
            return;
        }
        var party = e.party();
        accounts.save(new AccountViewEntity(e.accountId(), e.number(), e.name(), e.type(), e.currency(),
                e.overdraftLimit(), party == null ? null : party.kind(), party == null ? null : party.id(),
                party == null ? null : party.name(), at, sequence));
    }

    @EventHandler
    void on(AccountDebitedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        post(e.accountId(), e.transactionId(), LedgerEntryEntity.Side.DEBIT, e.amount(), e.reference(), sequence, at);
    }

    @EventHandler
    void on(AccountCreditedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        post(e.accountId(), e.transactionId(), LedgerEntryEntity.Side.CREDIT, e.amount(), e.reference(), sequence, at);
    }

    private void post(UUID accountId, UUID transactionId, LedgerEntryEntity.Side side, Money amount,
                      String reference, long sequence, Instant at) {
        AccountViewEntity account = accounts.findById(accountId).orElseThrow(
                () -> new IllegalStateException("posting to account " + accountId + " before it was opened"));
        if (account.post(side == LedgerEntryEntity.Side.DEBIT, amount.amount(), sequence)) {
            entries.save(new LedgerEntryEntity(accountId, transactionId, sequence, side, amount.amount(),
                    account.balance(), reference, at));
        }
    }

    @EventHandler
    void on(AccountClosedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        accounts.findById(e.accountId()).ifPresent(a -> a.close(at, sequence));
    }

    @EventHandler
    void on(TransactionPostedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (transactions.existsById(e.transactionId())) {
            return;
        }
        transactions.save(new TransactionViewEntity(e.transactionId(), e.kind(), e.debitAccountId(),
                e.creditAccountId(), e.amount().amount(), e.amount().currency(), e.reference(), e.valueDate(),
                TransactionViewEntity.Status.COMPLETED, null, e.reversalOf(), at, sequence));
    }

    @EventHandler
    void on(TransactionRejectedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (transactions.existsById(e.transactionId())) {
            return;
        }
        transactions.save(new TransactionViewEntity(e.transactionId(), e.kind(), e.debitAccountId(),
                e.creditAccountId(), e.amount().amount(), e.amount().currency(), e.reference(), e.valueDate(),
                TransactionViewEntity.Status.REJECTED, e.reason(), e.reversalOf(), at, sequence));
    }

    @EventHandler
    void on(TransactionReversedEvent e, @SequenceNumber long sequence) {
        transactions.findById(e.transactionId()).ifPresent(t -> t.markReversed(e.reversalTransactionId(), e.reason(), sequence));
    }

    @ResetHandler
    void reset() {
        entries.deleteAllInBatch();
        transactions.deleteAllInBatch();
        accounts.deleteAllInBatch();
    }
}
