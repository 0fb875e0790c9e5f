package org.backoffice.command.accounting.payroll;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.backoffice.command.accounting.ledger.TransactionOutcome;
import org.backoffice.command.accounting.payroll.PayrollCommands.AdvancePayrollPaymentsCommand;
import org.backoffice.command.accounting.payroll.PayrollCommands.CalculatePayrollPaymentsCommand;
import org.backoffice.command.accounting.payroll.PayrollCommands.PayPayrollStepCommand;
import org.backoffice.command.accounting.payroll.PayrollCommands.SettlePayrollPaymentCommand;
import org.backoffice.command.common.CausedBy;
import org.backoffice.command.common.CommandRejectedException;
import org.backoffice.command.common.OwnTransactions;
import org.backoffice.events.accounting.PayrollPayment;
import org.backoffice.events.accounting.PayrollPaymentsCalculatedEvent;
import org.backoffice.events.accounting.PayrollPaymentsProgressedEvent;
import org.backoffice.events.accounting.PayrollRunStartedEvent;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Calculates and pays a started payroll run. A run calculates its payments a chunk of employees at
 * a time (CalculatePayrollPaymentsCommand, PayrollRunHandler): each chunk calculated
 * (PayrollPaymentsCalculatedEvent) is paid as one step, and the step's progress brings the next
 * chunk's calculation, until nobody is left. Runs stored before the calculation went in steps
 * carry all of their payments in their start and are paid in steps from there.
 *
 * Paying is one PAYROLL transaction per employee, debiting the salary expense
 * account and crediting the bank (or money in transit, until the bank statement confirms each
 * transfer), then settles each payment on the run. The run is paid in steps of
 * backoffice.payroll.payment-chunk payments (default 200). A step's postings, settlements and its
 * step forward (PayrollPaymentsProgressedEvent, which brings the next step here) commit together
 * in one transaction of their own (PayrollStepHandler); a step that fails as a whole (an account
 * closed meanwhile) is paid one payment at a time instead, each posting and settlement in a
 * transaction of its own (OwnTransactions), so one bad payment holds up no other; so a run of any size stays within the transaction bound (one transaction per event of
 * this processor, its token), and a crash resumes at the step after the last one recorded. Every
 * id is derived from the run and the employee, so a step repeated after a crash pays nobody twice.
 * Every command of a run names the run's start as its cause: the trail shows each posting as
 * following from the run, not from the step before it. Never replayed.
 */
@Component
@ProcessingGroup(PayrollPaymentProcessor.PROCESSING_GROUP)
public class PayrollPaymentProcessor {

    public static final String PROCESSING_GROUP = "payroll-payments";
    private final int chunk;

    private final CommandGateway commands;
    private final EventStore events;
    private final OwnTransactions ownTransactions = new OwnTransactions("payroll-payment");

    /** The run being paid and its start's id, read from its stream once rather than once per step. */
    private volatile Started current;

    private record Started(PayrollRunStartedEvent run, String eventId) {
    }

    public PayrollPaymentProcessor(CommandGateway commands, EventStore events, PayrollSettings settings) {
        this.commands = commands;
        this.events = events;
        this.chunk = settings.paymentChunk();
    }

    @EventHandler
    @DisallowReplay
    void on(PayrollRunStartedEvent run, @MessageIdentifier String eventId) {
        current = new Started(run, eventId);
        if (run.calculatedInSteps()) {
            calculate(current, 0);
        } else {
            pay(current, 0, run.payments().subList(0, Math.min(run.payments().size(), chunk)));
        }
    }

    @EventHandler
    @DisallowReplay
    void on(PayrollPaymentsCalculatedEvent calculated) {
        if (!calculated.payments().isEmpty()) {
            pay(started(calculated.runId()), calculated.from(), calculated.payments());
        }
    }

    @EventHandler
    @DisallowReplay
    void on(PayrollPaymentsProgressedEvent progressed) {
        int next = progressed.nextPosition();
        if (next < progressed.size()) { // a run with every payment in its start
            List<PayrollPayment> payments = started(progressed.runId()).run().payments();
            pay(started(progressed.runId()), next, payments.subList(next, Math.min(payments.size(), next + chunk)));
        } else if (progressed.moreToCalculate()) {
            calculate(started(progressed.runId()), next);
        }
    }

    /** The run's next chunk of employees, whose payments start at from. */
    private void calculate(Started started, int from) {
        Optional<String> failed = ownTransactions.run(() -> send(started,
                new CalculatePayrollPaymentsCommand(started.run().runId(), from)));
        if (failed.isPresent()) {
            throw new IllegalStateException("the payroll of " + started.run().period() + " could not be calculated: "
                    + failed.get());
        }
    }

    private Started started(UUID runId) {
        Started run = current;
        if (run == null || !run.run().runId().equals(runId)) {
            run = events.readEvents(runId.toString()).asStream()
                    .filter(m -> m.getPayload() instanceof PayrollRunStartedEvent)
                    .map(m -> new Started((PayrollRunStartedEvent) m.getPayload(), m.getIdentifier()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no payroll run " + runId));
            current = run;
        }
        return run;
    }

    /**
     * One step, the payments at from and after: in one transaction (PayPayrollStepCommand), or,
     * when that fails as a whole, each payment of it posted and settled in transactions of its
     * own, then the step forward.
     */
    private void pay(Started started, int from, List<PayrollPayment> step) {
        PayrollRunStartedEvent run = started.run();
        int to = from + step.size();
        if (ownTransactions.run(() -> send(started, new PayPayrollStepCommand(run.runId(), from, to))).isEmpty()) {
            return; // the step recorded its progress with its payments; that event brings the next step
        }
        for (PayrollPayment payment : step) {
            boolean paid;
            String reason;
            try {
                TransactionOutcome outcome = ownTransactions.call(() -> send(started, PayrollRun.postingOf(run.period(),
                        run.salaryExpenseAccountId(), run.transitAccountId() != null ? run.transitAccountId()
                                : run.bankAccountId(), payment)));
                paid = outcome.status() == TransactionOutcome.Status.COMPLETED;
                reason = outcome.reason();
            } catch (CommandRejectedException e) {
                paid = false;
                reason = e.getMessage();
            }
            boolean wasPaid = paid;
            String why = reason;
            ownTransactions.call(() -> send(started, new SettlePayrollPaymentCommand(run.runId(), payment.employeeId(),
                    wasPaid, why)));
        }
        Optional<String> failed = ownTransactions.run(() -> send(started, new AdvancePayrollPaymentsCommand(run.runId(), to)));
        if (failed.isPresent()) {
            throw new IllegalStateException("the payroll of " + run.period() + " could not go on: " + failed.get());
        }
    }

    private <R> R send(Started started, Object command) {
        return CausedBy.sendAndWait(commands, started.eventId(), command);
    }
}
