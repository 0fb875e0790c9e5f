package org.backoffice.command.accounting.payroll;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.backoffice.command.common.Load;
import org.axonframework.modelling.command.Repository;
import org.backoffice.command.accounting.ledger.Account;
import org.backoffice.command.accounting.ledger.AccountFacts;
import org.backoffice.command.accounting.ledger.TransactionKindPolicy;
import org.backoffice.command.hr.employment.EmployeeDirectory;
import org.backoffice.command.accounting.payroll.PayrollCommands.StartPayrollRunCommand;
import org.backoffice.events.accounting.PayrollPayment;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;


/**
 * Starts the payroll of a period, once: works out from the employee directory who was employed
 * in it and what each is owed, and records that as the run. The payments themselves are made by
 * {@link PayrollPaymentProcessor}, one PAYROLL transaction per employee.
 */
@Component
public class PayrollRunHandler {

    private final Repository<PayrollRun> runs;
    private final Repository<Account> accounts;
    private final EmployeeDirectory directory;

    public PayrollRunHandler(@Qualifier("payrollRunRepository") Repository<PayrollRun> runs,
                             @Qualifier("accountRepository") Repository<Account> accounts,
                             EmployeeDirectory directory) {
        this.runs = runs;
        this.accounts = accounts;
        this.directory = directory;
    }

    @CommandHandler
    public UUID handle(StartPayrollRunCommand c) throws Exception {
        UUID runId = PayrollCommands.runIdOf(c.period());
        Aggregate<PayrollRun> run = Load.forCreate(runs, runId, PayrollRun::new, "a payroll run");
        run.execute(r -> r.requireNotStarted(c.period())); // before the directory is asked for a month of pay
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
        List<PayrollPayment> payments = new ArrayList<>();
        String currency = "EUR";
        for (EmployeeDirectory.Entry e : directory.employedBetween(c.period().atDay(1), c.period().atEndOfMonth())) {
            var pay = PayrollCalculator.payFor(e, c.period());
            if (pay.isPresent()) {
                payments.add(new PayrollPayment(e.employeeId(), PayrollCommands.paymentIdOf(runId, e.employeeId()),
                        pay.get().amount(), pay.get().daysEmployed(), pay.get().leavePayout(), pay.get().basis()));
                currency = pay.get().amount().currency();
            }
        }
        String runCurrency = currency;
        run.execute(r -> r.start(runId, c.period(), bank, transit, expense, payments, runCurrency, c.payerName()));
        return runId;
    }
}
