package org.backoffice.command.accounting.ledger;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.backoffice.events.accounting.EntryLeg;
import org.backoffice.events.accounting.TransactionKind;
import org.backoffice.events.accounting.TransactionPostedEvent;
import org.backoffice.events.accounting.TransactionRejectedEvent;
import org.backoffice.events.accounting.TransactionReversedEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.backoffice.command.common.CommandRejectedException.conflict;
import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/**
 * The record of one journal entry (or two-account transaction) request and what became of it. It
 * exists so that an id is answered the same way forever (idempotent retries) and is reversed at
 * most once.
 */
@Aggregate
public class LedgerTransaction {

    @AggregateIdentifier
    private UUID transactionId;
    private TransactionKind kind;
    private String documentNumber;
    private LocalDate documentDate;
    private LocalDate bookingDate;
    private String text;
    private List<EntryLeg> legs;
    private UUID reversalOf;
    private boolean posted;
    private String rejectionReason;
    private UUID reversedBy;

    public LedgerTransaction() {
        // for Axon and loadOrCreate
    }

    public boolean isRecorded() {
        return transactionId != null;
    }

    /** Posted (not rejected), whether reversed since or not. */
    public boolean isPosted() {
        return posted;
    }

    public boolean isReversed() {
        return reversedBy != null;
    }

    public List<EntryLeg> legs() {
        return legs;
    }

    /**
     * Decides a posting given its accounts' facts (an account absent from the map is unknown or
     * not opened) and what the first account to object said of its legs.
     *
     * <p>A journal entry is refused at once (422, nothing stored) when an account is unknown or
     * cannot take its legs: an accountant books a document and corrects it. A two-account
     * transaction keeps its API's rules: a kind that does not fit its accounts is refused (422; a
     * reversal inherits its original's fit), while an unknown account or a leg an account cannot
     * take rejects it with its reason (stored, nothing posted). Otherwise it is posted, and the
     * caller applies every leg.
     */
    TransactionOutcome decide(Posting p, Map<UUID, AccountFacts> accounts, Optional<LegRefusal> legRefusal) {
        Optional<String> refusal = Optional.empty();
        for (int i = 0; i < p.legs().size() && refusal.isEmpty(); i++) {
            UUID account = p.legs().get(i).accountId();
            if (!accounts.containsKey(account)) {
                if (p.kind() == TransactionKind.JOURNAL_ENTRY) {
                    throw ruleViolated("legs[" + i + "].accountId", "the account " + account + " does not exist");
                }
                refusal = Optional.of("the " + (i == 0 ? "debit" : "credit") + " account " + account + " does not exist");
            }
        }
        if (refusal.isEmpty()) {
            if (p.kind() != TransactionKind.JOURNAL_ENTRY && !p.isReversal()) {
                TransactionKindPolicy.misfit(p.kind(), accounts.get(p.debitAccountId()),
                        accounts.get(p.creditAccountId())).ifPresent(misfit -> {
                    throw ruleViolated("a " + p.kind() + " transaction does not fit these accounts: " + misfit);
                });
            }
            if (legRefusal.isPresent() && p.kind() == TransactionKind.JOURNAL_ENTRY) {
                throw ruleViolated("legs[" + legRefusal.get().leg() + "]", legRefusal.get().reason());
            }
            refusal = legRefusal.map(LegRefusal::reason);
        }
        if (refusal.isPresent()) {
            apply(new TransactionRejectedEvent(p.id(), p.kind(), p.debitAccountId(), p.creditAccountId(), p.amount(),
                    p.text(), p.bookingDate(), p.reversalOf(), refusal.get()));
            return TransactionOutcome.rejected(p.id(), refusal.get());
        }
        apply(new TransactionPostedEvent(p.id(), p.kind(), p.documentNumber(), p.documentDate(), p.bookingDate(),
                p.text(), p.legs(), p.reversalOf()));
        return TransactionOutcome.completed(p.id(), p.documentNumber());
    }

    /** Why an account cannot take its legs, naming the first of them. */
    record LegRefusal(int leg, String reason) {
    }

    /**
     * The same request again answers as the first time; another request under this id is a
     * conflict. A drawn document number is not the client's, so only a given one is compared.
     */
    TransactionOutcome answerToRepeat(Posting request) {
        if (!isSameRequest(request)) {
            throw conflict("transaction " + request.id() + " already exists with different details");
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
     * The posting that undoes this entry: every leg on its opposite side, tax lines included, so
     * a reversed invoice also takes back its tax. Only a completed entry is reversed, and only once.
     */
    Posting reversal(ReverseTransactionCommand c) {
        if (!posted) {
            throw conflict("transaction " + c.transactionId() + " was not completed (it was rejected): nothing to reverse");
        }
        if (reversedBy != null) {
            throw conflict("transaction " + c.transactionId() + " is already reversed by " + reversedBy);
        }
        String what = documentNumber != null ? documentNumber : text != null ? text : c.transactionId().toString();
        List<EntryLeg> opposite = legs.stream().map(EntryLeg::reversed).toList();
        if (kind != TransactionKind.JOURNAL_ENTRY) {
            opposite = List.of(opposite.get(1), opposite.get(0)); // debit first, as the two-account kinds keep them
        }
        return new Posting(c.reversalId(), kind, c.documentNumber(), c.valueDate(), c.valueDate(),
                "Reversal of " + what + ": " + c.reason(), opposite, transactionId);
    }

    private static final java.util.regex.Pattern DRAWN = java.util.regex.Pattern.compile("(.+)-\\d{4}-\\d{5,}");

    /**
     * The series a reversal draws its number from when it is given neither number nor series:
     * this entry's series if its number was drawn from one, else none.
     */
    Optional<String> seriesForReversal() {
        if (documentNumber == null) {
            return Optional.empty();
        }
        java.util.regex.Matcher m = DRAWN.matcher(documentNumber);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    void markReversed(UUID reversalId, String reason) {
        apply(new TransactionReversedEvent(transactionId, reversalId, reason));
    }

    /** The same request sent again: every field the client chose is equal. */
    boolean isSameRequest(Posting request) {
        return reversalOf == null && kind == request.kind() && legs.equals(request.legs())
                && Objects.equals(text, request.text())
                && (request.documentNumber() == null || request.documentNumber().equals(documentNumber))
                && (request.documentDate() == null || request.documentDate().equals(documentDate))
                && (request.bookingDate() == null || request.bookingDate().equals(bookingDate));
    }

    TransactionOutcome outcome() {
        return posted ? TransactionOutcome.completed(transactionId, documentNumber)
                : TransactionOutcome.rejected(transactionId, rejectionReason);
    }

    @EventSourcingHandler
    void on(TransactionPostedEvent e) {
        transactionId = e.transactionId();
        kind = e.kind();
        documentNumber = e.documentNumber();
        documentDate = e.documentDate();
        bookingDate = e.bookingDate();
        text = e.text();
        legs = e.legs();
        reversalOf = e.reversalOf();
        posted = true;
    }

    @EventSourcingHandler
    void on(TransactionRejectedEvent e) {
        transactionId = e.transactionId();
        kind = e.kind();
        documentDate = e.valueDate();
        bookingDate = e.valueDate();
        text = e.reference();
        legs = List.of(EntryLeg.debit(e.debitAccountId(), e.amount()), EntryLeg.credit(e.creditAccountId(), e.amount()));
        reversalOf = e.reversalOf();
        rejectionReason = e.reason();
    }

    @EventSourcingHandler
    void on(TransactionReversedEvent e) {
        reversedBy = e.reversalTransactionId();
    }
}
