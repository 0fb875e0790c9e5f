package org.backoffice.command.accounting.paymentrun;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.backoffice.command.accounting.ledger.PartnerTerms;
import org.backoffice.command.accounting.ledger.PostJournalEntryCommand;
import org.backoffice.command.accounting.ledger.Settlement;
import org.backoffice.command.accounting.ledger.TaxAmounts;
import org.backoffice.command.accounting.paymentrun.PaymentRunCommands.RecordRunPaymentBooking;
import org.backoffice.command.common.CausedBy;
import org.backoffice.command.common.OwnTransactions;
import org.backoffice.events.accounting.EntrySide;
import org.backoffice.events.accounting.PaymentRunApprovedEvent;
import org.backoffice.events.accounting.PaymentRunBookingProgressedEvent;
import org.backoffice.events.accounting.PaymentRunPreparedEvent;
import org.backoffice.events.accounting.RunPayment;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Books an approved payment run: per payment one journal entry that debits the supplier's
 * payable, settling the items it pays, and credits money in transit, dated the execution date.
 * The entry's id is the payment's, so a redelivery after a crash books nothing twice; a payment
 * that cannot be booked (an item paid meanwhile, say) is recorded as such and left out of the
 * file. Each command runs in a transaction of its own (OwnTransactions): a refused booking leaves
 * the others and this processor's token intact; a redelivery after a crash finds the payments
 * booked and recorded (same ids) and repeats nothing. The run is booked 200 payments per step,
 * each step recorded on the run (PaymentRunBookingProgressedEvent) and bringing the next one
 * here, so that a run of any size stays within the transaction bound. Never replayed.
 */
@Component
@ProcessingGroup(PaymentRunProcessor.PROCESSING_GROUP)
public class PaymentRunProcessor {

    public static final String PROCESSING_GROUP = "payment-run-bookings";

    private final CommandGateway commands;
    private final EventStore events;
    private final OwnTransactions ownTransactions = new OwnTransactions("payment-run-booking");
    /** Payments per step: each step is one short transaction of this processor (its token). */
    private static final int CHUNK = 200;

    public PaymentRunProcessor(CommandGateway commands, EventStore events) {
        this.commands = commands;
        this.events = events;
    }

    @EventHandler
    @DisallowReplay
    void on(PaymentRunApprovedEvent approved) {
        book(approved.runId(), 0);
    }

    @EventHandler
    @DisallowReplay
    void on(PaymentRunBookingProgressedEvent progressed) {
        if (progressed.nextPosition() < progressed.size()) {
            book(progressed.runId(), progressed.nextPosition());
        }
    }

    /** The run being booked and its approval's id (every booking names it as its cause, CausedBy). */
    private record Approved(PaymentRunPreparedEvent run, String approvalId) {
    }

    /** The run being booked, read from its stream once rather than once per chunk (it holds every payment). */
    private volatile Approved current;

    private Approved approved(UUID runId) {
        Approved run = current;
        if (run == null || !run.run().runId().equals(runId)) {
            PaymentRunPreparedEvent prepared = null;
            String approval = null;
            var stream = events.readEvents(runId.toString());
            while (stream.hasNext()) {
                var m = stream.next();
                if (m.getPayload() instanceof PaymentRunPreparedEvent p) {
                    prepared = p;
                } else if (m.getPayload() instanceof PaymentRunApprovedEvent) {
                    approval = m.getIdentifier();
                }
            }
            if (prepared == null || approval == null) {
                throw new IllegalStateException("payment run " + runId + " is not prepared and approved");
            }
            run = new Approved(prepared, approval);
            current = run;
        }
        return run;
    }

    /** One chunk of the run's payments, each booked and recorded in transactions of its own, then the step forward. */
    private void book(UUID runId, int from) {
        Approved approved = approved(runId);
        PaymentRunPreparedEvent run = approved.run();
        String cause = approved.approvalId();
        int to = Math.min(run.payments().size(), from + CHUNK);
        for (RunPayment p : run.payments().subList(from, to)) {
            java.util.Optional<String> refused = ownTransactions.run(() -> CausedBy.sendAndWait(commands, cause,
                    new PostJournalEntryCommand(
                    p.paymentId(), null, "ZA", run.executionDate(), run.executionDate(), "Payment run "
                    + run.executionDate() + ": " + p.creditorName() + ", " + p.remittance(), TaxAmounts.NET, List.of(
                    new PostJournalEntryCommand.Line(p.partnerAccountId(), EntrySide.DEBIT, p.amount()),
                    new PostJournalEntryCommand.Line(run.transitAccountId(), EntrySide.CREDIT, p.amount())),
                    new PartnerTerms(null, p.items().stream().map(i -> new Settlement(i.itemId(), i.amount())).toList()))));
            ownTransactions.call(() -> CausedBy.sendAndWait(commands, cause, new RecordRunPaymentBooking(run.runId(),
                    p.paymentId(), refused.isEmpty(), refused.orElse(null))));
        }
        ownTransactions.call(() -> CausedBy.sendAndWait(commands, cause,
                new PaymentRunCommands.AdvancePaymentRunBooking(runId, to)));
    }
}
