package org.backoffice.command.accounting.standingorder;

import org.backoffice.events.accounting.TransactionKind;
import org.backoffice.command.common.StandardErrors;
import org.backoffice.command.accounting.ledger.TransactionKindPolicy;
import org.backoffice.command.accounting.ledger.AccountFacts;
import org.backoffice.command.accounting.ledger.PostTransactionCommand;
import org.backoffice.command.accounting.ledger.TransactionOutcome;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.backoffice.command.accounting.standingorder.StandingOrderCommands.CancelStandingOrderCommand;
import org.backoffice.command.common.Payday;
import org.backoffice.events.accounting.StandingOrderCancelledEvent;
import org.backoffice.events.accounting.StandingOrderCreatedEvent;
import org.backoffice.events.accounting.StandingOrderExecutedEvent;
import org.backoffice.events.common.Money;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.backoffice.command.common.CommandRejectedException.ruleViolated;
import static org.backoffice.command.common.CommandRejectedException.conflict;

/**
 * A supplier paid the same amount from a bank account on a day of every month, from a first month
 * (to a last one), until cancelled. Each month is paid at most once: the order remembers the
 * months it has executed.
 */
@Revision("1")
@Aggregate(repository = "standingOrderRepository")  // cached: infra AggregateLoadingConfiguration
public class StandingOrder {

    @AggregateIdentifier
    private UUID orderId;
    private UUID supplierAccountId;
    private UUID bankAccountId;
    private Money amount;
    private int dayOfMonth;
    private YearMonth startMonth;
    private YearMonth endMonth;
    private String reference;
    private boolean cancelled;
    private final Set<YearMonth> executed = new HashSet<>();

    protected StandingOrder() {
    }

    boolean exists() {
        return orderId != null;
    }

    /** A repeat of the same create is no change; the same id with other details is a conflict. */
    boolean sameAs(StandingOrderCommands.CreateStandingOrderCommand c) {
        return Objects.equals(supplierAccountId, c.supplierAccountId()) && Objects.equals(bankAccountId, c.bankAccountId())
                && Objects.equals(amount, c.amount()) && dayOfMonth == c.dayOfMonth()
                && Objects.equals(startMonth, c.startMonth()) && Objects.equals(endMonth, c.endMonth())
                && Objects.equals(reference, c.reference());
    }

    /**
     * Creates the order, given the current month and the two accounts' facts: it starts no
     * earlier than this month (months gone by are not paid behind anyone's back), ends no earlier
     * than it starts, and its accounts can make a SUPPLIER_PAYMENT.
     */
    void create(StandingOrderCommands.CreateStandingOrderCommand c, YearMonth current, AccountFacts supplier,
                AccountFacts bank) {
        if (c.startMonth().isBefore(current)) {
            throw StandardErrors.invalidField("startMonth", "must not be before the current month " + current);
        }
        if (c.endMonth() != null && c.endMonth().isBefore(c.startMonth())) {
            throw ruleViolated("the end month " + c.endMonth() + " is before the start month " + c.startMonth());
        }
        TransactionKindPolicy.requireFit(TransactionKind.SUPPLIER_PAYMENT, supplier, bank, "pay a supplier");
        apply(new StandingOrderCreatedEvent(c.orderId(), c.supplierAccountId(), c.bankAccountId(), c.amount(),
                c.dayOfMonth(), c.startMonth(), c.endMonth(), c.reference()));
    }

    @CommandHandler
    public void handle(CancelStandingOrderCommand c) {
        if (cancelled) {
            throw conflict("standing order " + orderId + " is already cancelled");
        }
        apply(new StandingOrderCancelledEvent(orderId));
    }

    /** The month is to be paid now: in the order's range, its day has come, not cancelled, not paid yet. */
    boolean isDue(YearMonth month, LocalDate today) {
        return !cancelled && !month.isBefore(startMonth) && (endMonth == null || !month.isAfter(endMonth))
                && !today.isBefore(Payday.of(month, dayOfMonth)) && !executed.contains(month);
    }

    PostTransactionCommand payment(YearMonth month) {
        return new PostTransactionCommand(StandingOrderCommands.paymentIdOf(orderId, month),
                TransactionKind.SUPPLIER_PAYMENT, supplierAccountId, bankAccountId,
                amount, reference + " " + month, Payday.of(month, dayOfMonth));
    }

    void executed(YearMonth month, TransactionOutcome outcome) {
        apply(new StandingOrderExecutedEvent(orderId, month, outcome.transactionId(), outcome.status().name(),
                outcome.reason()));
    }

    @EventSourcingHandler
    void on(StandingOrderCreatedEvent e) {
        orderId = e.orderId();
        supplierAccountId = e.supplierAccountId();
        bankAccountId = e.bankAccountId();
        amount = e.amount();
        dayOfMonth = e.dayOfMonth();
        startMonth = e.startMonth();
        endMonth = e.endMonth();
        reference = e.reference();
    }

    @EventSourcingHandler
    void on(StandingOrderExecutedEvent e) {
        executed.add(e.month());
    }

    @EventSourcingHandler
    void on(StandingOrderCancelledEvent e) {
        cancelled = true;
    }
}
