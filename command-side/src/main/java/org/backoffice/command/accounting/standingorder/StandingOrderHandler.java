package org.backoffice.command.accounting.standingorder;

import org.backoffice.command.accounting.ledger.Account;
import org.backoffice.command.accounting.ledger.AccountFacts;
import org.backoffice.command.accounting.ledger.PostTransactionCommand;
import org.backoffice.command.accounting.ledger.TransactionKindPolicy;
import org.backoffice.command.accounting.ledger.TransactionOutcome;
import org.backoffice.command.accounting.ledger.TransactionPostingHandler;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.backoffice.command.accounting.standingorder.StandingOrderCommands.CreateStandingOrderCommand;
import org.backoffice.command.accounting.standingorder.StandingOrderCommands.ExecuteStandingOrderCommand;
import org.backoffice.command.common.Load;
import org.backoffice.events.accounting.TransactionKind;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;


/**
 * Creates standing orders (the order decides, given the month and its accounts' facts), and
 * executes a month of one:
 * the payment and the record that the month is paid are one unit of work (one database
 * transaction), so a month is paid and recorded together or not at all; the payment's id is
 * derived from the order and the month, so a repeat pays nothing twice.
 */
@Component
public class StandingOrderHandler {

    private final Repository<StandingOrder> orders;
    private final Repository<Account> accounts;
    private final TransactionPostingHandler posting;
    private final Clock clock;

    public StandingOrderHandler(@Qualifier("standingOrderRepository") Repository<StandingOrder> orders,
                                @Qualifier("accountRepository") Repository<Account> accounts,
                                TransactionPostingHandler posting, Clock clock) {
        this.orders = orders;
        this.accounts = accounts;
        this.posting = posting;
        this.clock = clock;
    }

    @CommandHandler
    public UUID handle(CreateStandingOrderCommand c) throws Exception {
        Aggregate<StandingOrder> order = Load.forCreate(orders, c.orderId(), StandingOrder::new, "a standing order");
        if (Load.isRepeat(order, StandingOrder::exists, o -> o.sameAs(c), "standing order " + c.orderId())) {
            return c.orderId();
        }
        java.util.Map<UUID, String> roles = new java.util.LinkedHashMap<>();
        roles.putIfAbsent(c.supplierAccountId(), "supplier");
        roles.putIfAbsent(c.bankAccountId(), "bank");
        java.util.Map<UUID, AccountFacts> facts = TransactionKindPolicy.existingAccounts(accounts, roles);
        AccountFacts supplier = facts.get(c.supplierAccountId());
        AccountFacts bank = facts.get(c.bankAccountId());
        order.execute(o -> o.create(c, YearMonth.now(clock), supplier, bank));
        return c.orderId();
    }

    @CommandHandler
    public TransactionOutcome handle(ExecuteStandingOrderCommand c) throws Exception {
        Aggregate<StandingOrder> order = orders.load(c.orderId().toString());
        if (!order.invoke(o -> o.isDue(c.month(), LocalDate.now(clock)))) {
            return null;
        }
        PostTransactionCommand payment = order.invoke(o -> o.payment(c.month()));
        TransactionOutcome outcome = posting.handle(payment);
        order.execute(o -> o.executed(c.month(), outcome));
        return outcome;
    }
}
