package org.backoffice.peer;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An event-sourced account: opened, then debited and credited by transfers. */
@Aggregate
public class Account {

    @AggregateIdentifier
    private String id;
    private boolean mayGoNegative;
    private BigDecimal balance;

    protected Account() {
        // for Axon, which sources the state from the events
    }

    @CommandHandler
    public Account(Messages.OpenAccount command) {
        apply(new Messages.AccountOpened(command.id, command.number, command.type));
    }

    void debit(String transactionId, BigDecimal amount) {
        if (!mayGoNegative && balance.compareTo(amount) < 0) {
            throw new InsufficientFunds(id);
        }
        apply(new Messages.AccountDebited(id, transactionId, amount));
    }

    void credit(String transactionId, BigDecimal amount) {
        apply(new Messages.AccountCredited(id, transactionId, amount));
    }

    @EventSourcingHandler
    void on(Messages.AccountOpened event) {
        id = event.accountId;
        mayGoNegative = "EQUITY".equals(event.type);
        balance = BigDecimal.ZERO;
    }

    @EventSourcingHandler
    void on(Messages.AccountDebited event) {
        balance = balance.subtract(event.amount);
    }

    @EventSourcingHandler
    void on(Messages.AccountCredited event) {
        balance = balance.add(event.amount);
    }

    /** The debit would take an account that may not go negative below zero. */
    static final class InsufficientFunds extends RuntimeException {
        InsufficientFunds(String account) {
            super("insufficient funds on account " + account);
        }
    }
}
