package org.backoffice.command.accounting.ledger;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.backoffice.events.accounting.TransactionKind;
import org.backoffice.events.accounting.TransactionPostedEvent;
import org.backoffice.events.accounting.TransactionRejectedEvent;
import org.backoffice.events.accounting.TransactionReversedEvent;
import org.backoffice.events.common.Money;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The record of one transaction request and what became of it. It exists so that a transaction
 * id is answered the same way forever (idempotent retries) and is reversed at most once.
 */
@Aggregate
public class LedgerTransaction {

    @AggregateIdentifier
    private UUID transactionId;
    private TransactionKind kind;
    private UUID debitAccountId;
    private UUID creditAccountId;
    private Money amount;
    private String reference;
    private LocalDate valueDate;
    private UUID reversalOf;
    private boolean posted;
    private String rejectionReason;
    private UUID reversedBy;

    public LedgerTransaction() {
        // for Axon and loadOrCreate
    }

    boolean isRecorded() {
        return transactionId != null;
    }

    void post(UUID id, TransactionKind kind, UUID debit, UUID credit, Money amount, String reference,
              LocalDate valueDate, UUID reversalOf) {
        apply(new TransactionPostedEvent(id, kind, debit, credit, amount, reference, valueDate, reversalOf));
    }

    void reject(UUID id, TransactionKind kind, UUID debit, UUID credit, Money amount, String reference,
                LocalDate valueDate, UUID reversalOf, String reason) {
        apply(new TransactionRejectedEvent(id, kind, debit, credit, amount, reference, valueDate, reversalOf, reason));
    }

    void markReversed(UUID reversalId, String reason) {
        apply(new TransactionReversedEvent(transactionId, reversalId, reason));
    }

    /** The same request sent again: every field the client chose is equal. */
    boolean isSameRequest(PostTransactionCommand c) {
        return reversalOf == null && kind == c.kind() && debitAccountId.equals(c.debitAccountId())
                && creditAccountId.equals(c.creditAccountId()) && amount.equals(c.amount())
                && Objects.equals(reference, c.reference())
                && (c.valueDate() == null || c.valueDate().equals(valueDate));
    }

    TransactionOutcome outcome() {
        return posted ? TransactionOutcome.completed(transactionId)
                : TransactionOutcome.rejected(transactionId, rejectionReason);
    }

    boolean isPosted() {
        return posted;
    }

    UUID reversedBy() {
        return reversedBy;
    }

    UUID reversalOf() {
        return reversalOf;
    }

    TransactionKind kind() {
        return kind;
    }

    UUID debitAccountId() {
        return debitAccountId;
    }

    UUID creditAccountId() {
        return creditAccountId;
    }

    Money amount() {
        return amount;
    }

    String reference() {
        return reference;
    }

    @EventSourcingHandler
    void on(TransactionPostedEvent e) {
        record(e.transactionId(), e.kind(), e.debitAccountId(), e.creditAccountId(), e.amount(), e.reference(),
                e.valueDate(), e.reversalOf());
        posted = true;
    }

    @EventSourcingHandler
    void on(TransactionRejectedEvent e) {
        record(e.transactionId(), e.kind(), e.debitAccountId(), e.creditAccountId(), e.amount(), e.reference(),
                e.valueDate(), e.reversalOf());
        rejectionReason = e.reason();
    }

    @EventSourcingHandler
    void on(TransactionReversedEvent e) {
        reversedBy = e.reversalTransactionId();
    }

    private void record(UUID id, TransactionKind kind, UUID debit, UUID credit, Money amount, String reference,
                        LocalDate valueDate, UUID reversalOf) {
        this.transactionId = id;
        this.kind = kind;
        this.debitAccountId = debit;
        this.creditAccountId = credit;
        this.amount = amount;
        this.reference = reference;
        this.valueDate = valueDate;
        this.reversalOf = reversalOf;
    }
}
