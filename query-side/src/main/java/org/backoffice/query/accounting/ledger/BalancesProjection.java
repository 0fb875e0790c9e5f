package org.backoffice.query.accounting.ledger;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.backoffice.events.accounting.AccountClosedEvent;
import org.backoffice.events.accounting.AccountCreditedEvent;
import org.backoffice.events.accounting.AccountDebitedEvent;
import org.backoffice.events.accounting.AccountOpenedEvent;
import org.backoffice.events.accounting.EntryLeg;
import org.backoffice.events.accounting.TransactionPostedEvent;
import org.backoffice.events.accounting.TransactionRejectedEvent;
import org.backoffice.events.accounting.TransactionReversedEvent;
import org.backoffice.query.common.BatchPerUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Accounts with their balances, ledger entries with the balance after each, and transaction
 * status.
 *
 * <p>The processor hands this projection a batch of events in one unit of work (one database
 * transaction, together with its token). The handlers only record what each event changes in a
 * {@link BalancesBatch} kept in that unit of work; just before it commits, the batch reads the
 * accounts it touches in one query, applies every change in event order in memory, and writes
 * the result with a few batched statements. A replay thus costs a handful of round trips per
 * batch instead of several per event. Every change is idempotent by the aggregate's sequence
 * number, so a batch delivered twice never counts twice.
 */
@Component
@ProcessingGroup(BalancesProjection.NAME)
public class BalancesProjection {

    public static final String NAME = "balances";

    private final JdbcTemplate jdbc;

    BalancesProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private BalancesBatch batch() {
        return BatchPerUnitOfWork.current(BalancesBatch.class, () -> new BalancesBatch(jdbc), BalancesBatch::flush);
    }

    @EventHandler
    void on(AccountOpenedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        batch().open(e, sequence, at);
    }

    @EventHandler
    void on(AccountDebitedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        batch().leg(e.accountId(), e.transactionId(), true, e.amount().amount(), e.reference(), sequence, at);
    }

    @EventHandler
    void on(AccountCreditedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        batch().leg(e.accountId(), e.transactionId(), false, e.amount().amount(), e.reference(), sequence, at);
    }

    @EventHandler
    void on(AccountClosedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        batch().close(e.accountId(), sequence, at);
    }

    @EventHandler
    void on(TransactionPostedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        batch().transaction(new BalancesBatch.TransactionRow(e.transactionId(), e.kind(), e.documentNumber(),
                e.documentDate(), e.legs(), e.text(), e.bookingDate(), TransactionViewEntity.Status.COMPLETED, null,
                e.reversalOf(), null, at, sequence));
    }

    @EventHandler
    void on(TransactionRejectedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        batch().transaction(new BalancesBatch.TransactionRow(e.transactionId(), e.kind(), null, e.valueDate(),
                List.of(EntryLeg.debit(e.debitAccountId(), e.amount()), EntryLeg.credit(e.creditAccountId(), e.amount())),
                e.reference(), e.valueDate(), TransactionViewEntity.Status.REJECTED, e.reason(), e.reversalOf(), null,
                at, sequence));
    }

    @EventHandler
    void on(TransactionReversedEvent e, @SequenceNumber long sequence) {
        batch().reversed(e.transactionId(), e.reversalTransactionId(), e.reason(), sequence);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from ledger_entry");
        jdbc.update("delete from transaction_leg");
        jdbc.update("delete from transaction_view");
        jdbc.update("delete from account_view");
    }
}
