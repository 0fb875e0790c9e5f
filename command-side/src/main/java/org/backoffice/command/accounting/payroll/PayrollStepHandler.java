package org.backoffice.command.accounting.payroll;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.backoffice.command.accounting.ledger.PostTransactionCommand;
import org.backoffice.command.accounting.ledger.TransactionOutcome;
import org.backoffice.command.accounting.ledger.TransactionPostingHandler;
import org.backoffice.command.accounting.payroll.PayrollCommands.PayPayrollStepCommand;
import org.backoffice.command.common.CommandRejectedException;
import org.backoffice.events.accounting.PayrollPayment;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * One step of a payroll run's payments in one unit of work, so one database transaction and one
 * commit: each payment not yet settled is posted through the ledger (or refused, with the reason)
 * and settled on the run, then the step forward is recorded. A step that fails as a whole (an
 * account closed meanwhile, a lost race) stores nothing, and the payment processor pays that step
 * one payment at a time instead. Every id is derived from the run and the employee: a step run
 * again after a crash posts nobody twice.
 */
@Component
public class PayrollStepHandler {

    private final Repository<PayrollRun> runs;
    private final TransactionPostingHandler ledger;

    public PayrollStepHandler(@Qualifier("payrollRunRepository") Repository<PayrollRun> runs, TransactionPostingHandler ledger) {
        this.runs = runs;
        this.ledger = ledger;
    }

    @CommandHandler
    public void handle(PayPayrollStepCommand c) throws Exception {
        Aggregate<PayrollRun> run = runs.load(c.runId().toString());
        List<PayrollPayment> payments = run.invoke(PayrollRun::payments);
        int to = Math.min(c.to(), payments.size());
        for (PayrollPayment payment : payments.subList(Math.min(c.from(), to), to)) {
            if (run.invoke(r -> r.isSettled(payment.employeeId()))) {
                continue;
            }
            boolean paid;
            String reason;
            try {
                PostTransactionCommand posting = run.invoke(r -> r.posting(payment));
                TransactionOutcome outcome = ledger.handle(posting);
                paid = outcome.status() == TransactionOutcome.Status.COMPLETED;
                reason = outcome.reason();
            } catch (CommandRejectedException refused) {
                paid = false;
                reason = refused.getMessage();
            }
            boolean wasPaid = paid;
            String why = reason;
            run.execute(r -> r.settle(payment.employeeId(), wasPaid, why));
        }
        run.execute(r -> r.advance(to));
    }
}
