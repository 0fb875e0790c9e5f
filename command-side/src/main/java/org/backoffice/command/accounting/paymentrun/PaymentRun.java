package org.backoffice.command.accounting.paymentrun;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.backoffice.command.accounting.paymentrun.PaymentRunCommands.PreparePaymentRun;
import org.backoffice.events.accounting.BankDetails;
import org.backoffice.events.accounting.PaymentRunApprovedEvent;
import org.backoffice.events.accounting.PaymentRunBookingProgressedEvent;
import org.backoffice.events.accounting.PaymentRunCancelledEvent;
import org.backoffice.events.accounting.PaymentRunPaymentBookedEvent;
import org.backoffice.events.accounting.PaymentRunPreparedEvent;
import org.backoffice.events.accounting.RunPayment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.backoffice.command.common.CommandRejectedException.conflict;
import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/**
 * A payment run: prepared by one user, approved by another (four eyes), then each payment is
 * booked. It answers an id the same way forever, and is approved or cancelled at most once.
 */
// Cached (infra AggregateLoadingConfiguration): change the revision whenever the fields change.
@Revision("1")
@Aggregate(repository = "paymentRunRepository")
public class PaymentRun {

    enum Status { PREPARED, APPROVED, CANCELLED }

    @AggregateIdentifier
    private UUID runId;
    private String preparedBy;
    private Status status;
    private List<RunPayment> payments;
    private Set<UUID> booked = new HashSet<>();
    /** Payments before this position are decided (the bookings' progress). */
    private int bookedUpTo;

    public PaymentRun() {
        // for Axon and loadOrCreate
    }

    boolean isPrepared() {
        return runId != null;
    }

    void prepare(PreparePaymentRun c, BankDetails debtorBank) {
        if (c.payments().isEmpty()) {
            throw ruleViolated("dueUntil", "no supplier item with bank details is due by " + c.dueUntil()
                    + ": there is nothing to pay");
        }
        apply(new PaymentRunPreparedEvent(c.runId(), c.preparedBy(), c.bankAccountId(), c.debtorName(), debtorBank,
                c.transitAccountId(), c.executionDate(), c.dueUntil(), c.payments()));
    }

    /** Four eyes: anyone allowed but the preparer approves, once, a run not cancelled. */
    void approve(String user) {
        if (status == Status.APPROVED) {
            throw conflict("payment run " + runId + " is already approved");
        }
        if (status == Status.CANCELLED) {
            throw conflict("payment run " + runId + " was cancelled");
        }
        if (preparedBy.equals(user)) {
            throw ruleViolated("four eyes: " + user + " prepared payment run " + runId
                    + " and cannot approve it; another user must");
        }
        apply(new PaymentRunApprovedEvent(runId, user));
    }

    void cancel(String user, String reason) {
        if (status == Status.CANCELLED) {
            return;
        }
        if (status == Status.APPROVED) {
            throw conflict("payment run " + runId + " is approved: its payments are booked and cannot be cancelled");
        }
        apply(new PaymentRunCancelledEvent(runId, user, reason));
    }

    void recordBooking(UUID paymentId, boolean wasBooked, String reason) {
        if (status != Status.APPROVED || booked.contains(paymentId)
                || payments.stream().noneMatch(p -> p.paymentId().equals(paymentId))) {
            return; // a redelivery: decided already
        }
        apply(new PaymentRunPaymentBookedEvent(runId, paymentId, wasBooked, reason));
    }

    /** The bookings decided every payment before next: recorded once per step forward. */
    void progressed(int next) {
        int bounded = Math.min(next, payments.size());
        if (status == Status.APPROVED && bounded > bookedUpTo) {
            apply(new PaymentRunBookingProgressedEvent(runId, bounded, payments.size()));
        }
    }

    @EventSourcingHandler
    void on(PaymentRunBookingProgressedEvent e) {
        bookedUpTo = e.nextPosition();
    }

    @EventSourcingHandler
    void on(PaymentRunPreparedEvent e) {
        runId = e.runId();
        preparedBy = e.preparedBy();
        payments = e.payments();
        status = Status.PREPARED;
    }

    @EventSourcingHandler
    void on(PaymentRunApprovedEvent e) {
        status = Status.APPROVED;
    }

    @EventSourcingHandler
    void on(PaymentRunCancelledEvent e) {
        status = Status.CANCELLED;
    }

    @EventSourcingHandler
    void on(PaymentRunPaymentBookedEvent e) {
        booked.add(e.paymentId());
    }
}
