package org.backoffice.command.accounting.payroll;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.backoffice.command.common.Load;
import org.axonframework.modelling.command.Repository;
import org.backoffice.command.accounting.ledger.Account;
import org.backoffice.command.accounting.ledger.AccountFacts;
import org.backoffice.command.accounting.ledger.TransactionKindPolicy;
import org.backoffice.command.hr.employment.EmployeeDirectory;
import org.backoffice.command.accounting.payroll.PayrollCommands.CalculatePayrollPaymentsCommand;
import org.backoffice.command.accounting.payroll.PayrollCommands.StartPayrollRunCommand;
import org.backoffice.events.accounting.PayrollPayment;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;


/**
 * Starts the payroll of a period, once, and works out from the employee directory who was
 * employed in it and what each is owed, a chunk of employees (backoffice.payroll.payment-chunk)
 * per command and transaction, so that neither the start nor any step grows with the company.
 * The payments themselves are made by {@link PayrollPaymentProcessor}, which also sends the
 * chunks, one PAYROLL transaction per employee.
 *
 * Each chunk reads the directory when it runs, in the order of the employees' ids after the last
 * one calculated: an employee whose salary changes while the run calculates is paid what the
 * directory says when their chunk runs, and one entered meanwhile is paid if their id comes after
 * the chunk calculated last. A payroll is run for a month that is over, so neither happens in
 * practice; both are what a run started a moment later would have done.
 */
@Component
public class PayrollRunHandler {

    private final Repository<PayrollRun> runs;
    private final Repository<Account> accounts;
    private final EmployeeDirectory directory;
    private final int chunk;

    public PayrollRunHandler(@Qualifier("payrollRunRepository") Repository<PayrollRun> runs,
                             @Qualifier("accountRepository") Repository<Account> accounts,
                             EmployeeDirectory directory, PayrollSettings settings) {
        this.runs = runs;
        this.accounts = accounts;
        this.directory = directory;
        this.chunk = settings.paymentChunk();
    }

    @CommandHandler
    public UUID handle(StartPayrollRunCommand c) throws Exception {
        UUID runId = PayrollCommands.runIdOf(c.period());
        Aggregate<PayrollRun> run = Load.forCreate(runs, runId, PayrollRun::new, "a payroll run");
        run.execute(r -> r.requireNotStarted(c.period()));
        java.util.Map<UUID, String> roles = new java.util.LinkedHashMap<>();
        roles.putIfAbsent(c.salaryExpenseAccountId(), "salary expense");
        roles.putIfAbsent(c.bankAccountId(), "bank");
        if (c.transitAccountId() != null) {
            roles.putIfAbsent(c.transitAccountId(), "money in transit");
        }
        // In lock order: the payments of the month before may be posting on the same accounts.
        java.util.Map<UUID, AccountFacts> facts = TransactionKindPolicy.existingAccounts(accounts, roles);
        AccountFacts expense = facts.get(c.salaryExpenseAccountId());
        AccountFacts bank = facts.get(c.bankAccountId());
        AccountFacts transit = c.transitAccountId() == null ? null : facts.get(c.transitAccountId());
        run.execute(r -> r.start(runId, c.period(), bank, transit, expense, c.payerName()));
        return runId;
    }

    /**
     * The next chunk of the run's employees, if it is the one due at c.from(): a chunk sent again
     * after a crash finds the run gone past it and calculates nothing.
     */
    @CommandHandler
    public void handle(CalculatePayrollPaymentsCommand c) {
        Aggregate<PayrollRun> run = runs.load(c.runId().toString());
        if (!run.invoke(r -> r.calculationDueAt().equals(java.util.Optional.of(c.from())))) {
            return;
        }
        YearMonth period = run.invoke(PayrollRun::period);
        UUID last = run.invoke(PayrollRun::lastEmployeeCalculated);
        List<PayrollPayment> payments = new ArrayList<>();
        boolean complete = false;
        // Until the chunk owes someone pay (or nobody is left), so that every chunk recorded moves
        // the run's payments on: the position it starts at names it.
        while (payments.isEmpty() && !complete) {
            List<EmployeeDirectory.Entry> employees = directory.employedBetween(period.atDay(1), period.atEndOfMonth(), last, chunk);
            for (EmployeeDirectory.Entry e : employees) {
                PayrollCalculator.payFor(e, period).ifPresent(pay -> payments.add(new PayrollPayment(e.employeeId(),
                        PayrollCommands.paymentIdOf(c.runId(), e.employeeId()), pay.amount(), pay.daysEmployed(),
                        pay.leavePayout(), pay.basis())));
            }
            if (!employees.isEmpty()) {
                last = employees.get(employees.size() - 1).employeeId();
            }
            complete = employees.size() < chunk;
        }
        UUID lastEmployee = last;
        boolean nobodyLeft = complete;
        run.execute(r -> r.calculate(c.from(), payments, lastEmployee, nobodyLeft));
    }
}
