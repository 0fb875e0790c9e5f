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
import java.util.Optional;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.backoffice.command.common.CommandRejectedException.conflict;
import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

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

    /**
     * Decides a posting given the two accounts (empty: unknown or not opened) and what they said
     * of their legs. A kind that does not fit its accounts is refused at once (422, nothing
     * stored; a reversal inherits its original's fit). An unknown account, or a leg an account
     * cannot take, rejects the transaction with its reason (stored, nothing posted). Otherwise it
     * is posted, and the caller applies both legs.
     */
    TransactionOutcome decide(Posting p, Optional<AccountFacts> debit, Optional<AccountFacts> credit,
                              Optional<String> legRefusal) {
        Optional<String> refusal;
        if (debit.isEmpty()) {
            refusal = Optional.of("the debit account " + p.debitAccountId() + " does not exist");
        } else if (credit.isEmpty()) {
            refusal = Optional.of("the credit account " + p.creditAccountId() + " does not exist");
        } else {
            if (!p.isReversal()) {
                TransactionKindPolicy.misfit(p.kind(), debit.get(), credit.get()).ifPresent(misfit -> {
                    throw ruleViolated("a " + p.kind() + " transaction does not fit these accounts: " + misfit);
                });
            }
            refusal = legRefusal;
        }
        if (refusal.isPresent()) {
            apply(new TransactionRejectedEvent(p.id(), p.kind(), p.debitAccountId(), p.creditAccountId(), p.amount(),
                    p.reference(), p.valueDate(), p.reversalOf(), refusal.get()));
            return TransactionOutcome.rejected(p.id(), refusal.get());
        }
        apply(new TransactionPostedEvent(p.id(), p.kind(), p.debitAccountId(), p.creditAccountId(), p.amount(),
                p.reference(), p.valueDate(), p.reversalOf()));
        return TransactionOutcome.completed(p.id());
    }

    /** The same request again answers as the first time; another request under this id is a conflict. */
    TransactionOutcome answerToRepeat(PostTransactionCommand c) {
        if (!isSameRequest(c)) {
            throw conflict("transaction " + c.transactionId() + " already exists with different details");
        }
        return outcome();
    }

    /** The same reversal again answers as the first time; this id used otherwise is a conflict. */
    TransactionOutcome answerToRepeatedReversal(ReverseTransactionCommand c) {
        if (!c.transactionId().equals(reversalOf)) {
            throw conflict("transaction " + c.reversalId() + " already exists and is not a reversal of "
                    + c.transactionId());
        }
        return outcome();
    }

    /**
     * The posting that undoes this transaction: the same amount on the opposite sides. Only a
     * completed transaction is reversed, and only once.
     */
    Posting reversal(ReverseTransactionCommand c) {
        if (!posted) {
            throw conflict("transaction " + c.transactionId() + " was not completed (it was rejected): nothing to reverse");
        }
        if (reversedBy != null) {
            throw conflict("transaction " + c.transactionId() + " is already reversed by " + reversedBy);
        }
        String text = "Reversal of " + (reference == null ? c.transactionId() : reference) + ": " + c.reason();
        return new Posting(c.reversalId(), kind, creditAccountId, debitAccountId, amount, text, c.valueDate(),
                transactionId);
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
