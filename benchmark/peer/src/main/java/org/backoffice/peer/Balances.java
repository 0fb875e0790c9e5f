package org.backoffice.peer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;


/** The balances read model: one row per account, kept by a tracking event processor (Axon's default). */
@Component
@ProcessingGroup("balances")
public class Balances {

    private final BalanceRows rows;

    public Balances(BalanceRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(Messages.AccountOpened event) {
        rows.save(new AccountBalance(event.accountId, event.number));
    }

    @EventHandler
    void on(Messages.AccountDebited event) {
        AccountBalance row = rows.findById(event.accountId).orElseThrow();
        row.add(event.amount.negate());
        rows.save(row);
    }

    @EventHandler
    void on(Messages.AccountCredited event) {
        AccountBalance row = rows.findById(event.accountId).orElseThrow();
        row.add(event.amount);
        rows.save(row);
    }
}
