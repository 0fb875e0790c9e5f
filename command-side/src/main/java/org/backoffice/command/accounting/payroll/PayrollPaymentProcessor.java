package org.backoffice.command.accounting.payroll;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.backoffice.command.accounting.ledger.PostTransactionCommand;
import org.backoffice.command.accounting.ledger.TransactionOutcome;
import org.backoffice.command.common.CommandRejectedException;
import org.backoffice.command.accounting.payroll.PayrollCommands.SettlePayrollPaymentCommand;
import org.backoffice.events.accounting.PayrollPayment;
import org.backoffice.events.accounting.PayrollRunStartedEvent;
import org.backoffice.events.accounting.TransactionKind;
import org.springframework.stereotype.Component;

/**
 * Pays a started payroll run: one PAYROLL transaction per employee, debiting the salary expense
 * account and crediting the bank (or money in transit, until the bank statement confirms each
 * transfer), then settles each payment on the run. Every id is derived
 * from the run and the employee, so a redelivery after a crash pays nobody twice. Never replayed.
 */
@Component
@ProcessingGroup(PayrollPaymentProcessor.PROCESSING_GROUP)
public class PayrollPaymentProcessor {

    public static final String PROCESSING_GROUP = "payroll-payments";

    private final CommandGateway commands;

    public PayrollPaymentProcessor(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay
    void on(PayrollRunStartedEvent run) {
        for (PayrollPayment payment : run.payments()) {
            boolean paid;
            String reason;
            try {
                TransactionOutcome outcome = commands.sendAndWait(new PostTransactionCommand(payment.transactionId(),
                        TransactionKind.PAYROLL, run.salaryExpenseAccountId(),
                        run.transitAccountId() != null ? run.transitAccountId() : run.bankAccountId(), payment.amount(),
                        "Payroll " + run.period() + " employee " + payment.employeeId(), run.period().atEndOfMonth()));
                paid = outcome.status() == TransactionOutcome.Status.COMPLETED;
                reason = outcome.reason();
            } catch (CommandRejectedException e) {
                paid = false;
                reason = e.getMessage();
            }
            commands.sendAndWait(new SettlePayrollPaymentCommand(run.runId(), payment.employeeId(), paid, reason));
        }
    }
}
