package org.backoffice.command.accounting.payroll;

import org.backoffice.events.accounting.TransactionKind;
import org.backoffice.command.accounting.ledger.TransactionKindPolicy;
import org.backoffice.command.accounting.ledger.AccountFacts;
import org.backoffice.command.accounting.ledger.PostTransactionCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.backoffice.command.accounting.payroll.PayrollCommands.AdvancePayrollPaymentsCommand;
import org.backoffice.command.accounting.payroll.PayrollCommands.SettlePayrollPaymentCommand;
import org.backoffice.events.accounting.PayrollPaymentsCalculatedEvent;
import org.backoffice.events.accounting.PayrollPaymentsProgressedEvent;
import org.backoffice.events.accounting.PayrollPayment;
import org.backoffice.events.accounting.PayrollPaymentSettledEvent;
import org.backoffice.events.accounting.PayrollRunCompletedEvent;
import org.backoffice.events.accounting.PayrollRunStartedEvent;
import org.backoffice.events.common.Money;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.backoffice.command.common.CommandRejectedException.conflict;
import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/** The payroll of one period: which payments it makes, and how each ended. */
@Aggregate(repository = "payrollRunRepository")  // cached: infra AggregateLoadingConfiguration
@Revision("1")  // not snapshotted today, but a repository of its own may start to: a snapshot needs a revision to bump
public class PayrollRun {

    @AggregateIdentifier
    private UUID runId;
    private YearMonth period;
    private String currency;
    private Map<UUID, PayrollPayment> payments;
    private List<PayrollPayment> ordered = new ArrayList<>();
    private UUID bankAccountId;
    private UUID transitAccountId;
    private UUID salaryExpenseAccountId;
    private final Map<UUID, Boolean> settled = new HashMap<>();
    private boolean completed;
    /** The payments before it are decided (PayrollPaymentProcessor's steps). */
    private int paidUpTo;
    /** Every employee's pay is calculated: the run's payments are all known. */
    private boolean calculated;
    /** The last employee calculated so far (the next chunk starts after it), or null. */
    private UUID lastEmployeeCalculated;

    protected PayrollRun() {
    }

    boolean isStarted() {
        return runId != null;
    }

    YearMonth period() {
        return period;
    }

    /** A period is run once. */
    void requireNotStarted(YearMonth period) {
        if (isStarted()) {
            throw conflict("the payroll of " + period + " has already been run");
        }
    }

    /**
     * Starts the run of a period, once, given the accounts' facts: the accounts must be able to
     * pay salaries (a PAYROLL from the expense to the bank). The payments the period owes are
     * calculated after, a chunk of employees at a time (calculate).
     */
    void start(UUID id, YearMonth period, AccountFacts bank, AccountFacts transit, AccountFacts expense, String payerName) {
        requireNotStarted(period);
        TransactionKindPolicy.requireFit(TransactionKind.PAYROLL, expense, bank, "pay salaries");
        if (!bank.isBankOrCash()) {
            throw ruleViolated("these accounts cannot pay salaries: the credit account " + bank.number()
                    + " must be a bank or cash account");
        }
        if (transit != null) {
            if (transit.id().equals(bank.id())) {
                throw ruleViolated("transitAccountId", "money in transit is an account other than the bank");
            }
            TransactionKindPolicy.requireFit(TransactionKind.PAYROLL, expense, transit, "hold salaries in transit");
        }
        apply(new PayrollRunStartedEvent(id, period, bank.id(), expense.id(), List.of(),
                transit == null ? null : transit.id(), payerName, true));
    }

    /** The position the next chunk's payments start at, if the run has employees left to calculate. */
    java.util.Optional<Integer> calculationDueAt() {
        return calculated ? java.util.Optional.empty() : java.util.Optional.of(ordered.size());
    }

    /** The employee the next chunk starts after (null: from the first). */
    UUID lastEmployeeCalculated() {
        return lastEmployeeCalculated;
    }

    /**
     * The pay of the next chunk of employees, calculated from from on, once: a chunk repeated
     * after a crash (from no longer the run's next position) records nothing. lastEmployeeId: the
     * chunk's last employee, paid or not; complete: nobody is left. A run that owes nobody
     * completes as soon as that is known.
     */
    void calculate(int from, List<PayrollPayment> chunk, UUID lastEmployeeId, boolean complete) {
        if (calculated || from != ordered.size()) {
            return;
        }
        apply(new PayrollPaymentsCalculatedEvent(runId, period, from, List.copyOf(chunk), lastEmployeeId, complete));
        completeIfAllSettled();
    }

    @CommandHandler
    public void handle(SettlePayrollPaymentCommand c) {
        settle(c.employeeId(), c.paid(), c.reason());
    }

    /** The run's payments in the order of its start (the order its steps pay them in). */
    List<PayrollPayment> payments() {
        return payments == null ? List.of() : java.util.Collections.unmodifiableList(ordered);
    }

    /** How one payment ended, once (a retried delivery settles nothing again); the last one completes the run. */
    void settle(UUID employeeId, boolean paid, String reason) {
        if (!payments.containsKey(employeeId) || settled.containsKey(employeeId)) {
            return; // settled before (a retried delivery): settled once
        }
        PayrollPayment payment = payments.get(employeeId);
        apply(new PayrollPaymentSettledEvent(runId, employeeId, payment.transactionId(), paid, reason));
        completeIfAllSettled();
    }

    /** Once every payment is known and settled, the run is completed with its totals. */
    private void completeIfAllSettled() {
        if (!completed && calculated && settled.size() == payments.size()) {
            Money total = Money.zero(currency);
            int paidCount = 0;
            for (Map.Entry<UUID, Boolean> s : settled.entrySet()) {
                if (s.getValue()) {
                    paidCount++;
                    Money amount = payments.get(s.getKey()).amount();
                    total = amount.currency().equals(currency) ? total.plus(amount) : total;
                }
            }
            apply(new PayrollRunCompletedEvent(runId, period, paidCount, total, payments.size() - paidCount));
        }
    }

    /** A step of the payments forward, once: a step repeated after a crash records nothing. */
    @CommandHandler
    public void handle(AdvancePayrollPaymentsCommand c) {
        advance(c.nextPosition());
    }

    void advance(int nextPosition) {
        if (nextPosition > paidUpTo && nextPosition <= payments.size()) {
            apply(new PayrollPaymentsProgressedEvent(runId, nextPosition, payments.size(), !calculated));
        }
    }

    /** The PAYROLL transaction that pays one payment of the run, as the run's start decided it. */
    PostTransactionCommand posting(PayrollPayment payment) {
        return postingOf(period, salaryExpenseAccountId, transitAccountId != null ? transitAccountId : bankAccountId, payment);
    }

    /** A payment's PAYROLL transaction: the expense debited, the bank (or money in transit) credited, at the month's end. */
    static PostTransactionCommand postingOf(YearMonth period, UUID expenseAccountId, UUID creditAccountId,
                                            PayrollPayment payment) {
        return new PostTransactionCommand(payment.transactionId(), TransactionKind.PAYROLL, expenseAccountId,
                creditAccountId, payment.amount(), "Payroll " + period + " employee " + payment.employeeId(),
                period.atEndOfMonth());
    }

    boolean isSettled(UUID employeeId) {
        return settled.containsKey(employeeId);
    }

    @EventSourcingHandler
    void on(PayrollPaymentsProgressedEvent e) {
        paidUpTo = e.nextPosition();
    }

    @EventSourcingHandler
    void on(PayrollRunStartedEvent e) {
        runId = e.runId();
        period = e.period();
        payments = new HashMap<>();
        e.payments().forEach(p -> payments.put(p.employeeId(), p));
        ordered = new ArrayList<>(e.payments());
        calculated = !e.calculatedInSteps();
        bankAccountId = e.bankAccountId();
        transitAccountId = e.transitAccountId();
        salaryExpenseAccountId = e.salaryExpenseAccountId();
        currency = e.payments().isEmpty() ? "EUR" : e.payments().get(0).amount().currency();
    }

    @EventSourcingHandler
    void on(PayrollPaymentsCalculatedEvent e) {
        for (PayrollPayment p : e.payments()) {
            payments.put(p.employeeId(), p);
            ordered.add(p);
        }
        if (!e.payments().isEmpty()) {
            currency = e.payments().get(0).amount().currency();
        }
        if (e.lastEmployeeId() != null) {
            lastEmployeeCalculated = e.lastEmployeeId();
        }
        calculated = e.complete();
    }

    @EventSourcingHandler
    void on(PayrollPaymentSettledEvent e) {
        settled.put(e.employeeId(), e.paid());
    }

    @EventSourcingHandler
    void on(PayrollRunCompletedEvent e) {
        completed = true;
        currency = e.totalPaid().currency();
    }
}
