package org.backoffice.command.accounting.paymentrun;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.backoffice.command.accounting.ledger.Account;
import org.backoffice.command.accounting.paymentrun.PaymentRunCommands.ApprovePaymentRun;
import org.backoffice.command.accounting.paymentrun.PaymentRunCommands.CancelPaymentRun;
import org.backoffice.command.accounting.paymentrun.PaymentRunCommands.PreparePaymentRun;
import org.backoffice.command.accounting.paymentrun.PaymentRunCommands.RecordRunPaymentBooking;
import org.backoffice.command.common.Load;
import org.backoffice.events.accounting.AccountType;
import org.backoffice.events.accounting.BankDetails;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.UUID;

import static org.backoffice.command.common.CommandRejectedException.notFound;
import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/**
 * Prepares, approves and cancels payment runs. A run pays from a company bank account with an
 * IBAN, through a money-in-transit account (an ASSET account of no party) that holds each amount
 * until the bank statement confirms it.
 */
@Component
public class PaymentRunHandler {

    private final Repository<PaymentRun> runs;
    private final Repository<Account> accounts;

    public PaymentRunHandler(@Qualifier("paymentRunRepository") Repository<PaymentRun> runs,
                             @Qualifier("accountRepository") Repository<Account> accounts) {
        this.runs = runs;
        this.accounts = accounts;
    }

    @CommandHandler
    public void handle(PreparePaymentRun c) throws Exception {
        Aggregate<PaymentRun> run = Load.forCreate(runs, c.runId(), PaymentRun::new, "a payment run");
        if (run.invoke(PaymentRun::isPrepared)) {
            return; // the same id again: the run as it was prepared
        }
        Account bank = account(c.bankAccountId(), "bankAccountId");
        if (!bank.facts().isBankOrCash()) {
            throw ruleViolated("bankAccountId", "account " + c.bankAccountId() + " is no bank account");
        }
        BankDetails debtor = bank.bankDetails().orElseThrow(() -> ruleViolated("bankAccountId",
                "account " + c.bankAccountId() + " has no IBAN: set its bank details first"));
        Account transit = account(c.transitAccountId(), "transitAccountId");
        if (transit.facts().type() != AccountType.ASSET || transit.facts().party() != null
                || transit.facts().id().equals(c.bankAccountId()) || !transit.currency().equals(bank.currency())) {
            throw ruleViolated("transitAccountId", "the money-in-transit account must be an ASSET account of no party in "
                    + bank.currency() + ", other than the bank account");
        }
        run.execute(r -> r.prepare(c, debtor));
    }

    private Account account(UUID id, String field) {
        Account a = Load.find(accounts, id, Account::isOpened)
                .orElseThrow(() -> ruleViolated(field, "there is no account " + id)).invoke(x -> x);
        if (a.isClosed()) {
            throw ruleViolated(field, "account " + id + " is closed");
        }
        return a;
    }

    @CommandHandler
    public void handle(ApprovePaymentRun c) {
        load(c.runId()).execute(r -> r.approve(c.approvedBy()));
    }

    @CommandHandler
    public void handle(CancelPaymentRun c) {
        load(c.runId()).execute(r -> r.cancel(c.cancelledBy(), c.reason()));
    }

    @CommandHandler
    public void handle(PaymentRunCommands.AdvancePaymentRunBooking c) {
        load(c.runId()).execute(r -> r.progressed(c.next()));
    }

    @CommandHandler
    public void handle(RecordRunPaymentBooking c) {
        load(c.runId()).execute(r -> r.recordBooking(c.paymentId(), c.booked(), c.reason()));
    }

    private Aggregate<PaymentRun> load(UUID runId) {
        return Load.find(runs, runId, PaymentRun::isPrepared)
                .orElseThrow(() -> notFound("payment run " + runId + " does not exist"));
    }
}
