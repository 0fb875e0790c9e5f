package org.backoffice.peer;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A transfer as a transaction of its own, so that the peer stores what Backoffice stores for a
 * transfer: the transaction and its two legs, three events. Its id is the client's: the same id
 * twice is refused by the event store's unique key.
 */
@Aggregate
public class Transaction {

    @AggregateIdentifier
    private String id;

    protected Transaction() {
        // for Axon
    }

    Transaction(String id, String from, String to, BigDecimal amount) {
        apply(new Messages.TransferRecorded(id, from, to, amount));
    }

    @EventSourcingHandler
    void on(Messages.TransferRecorded event) {
        id = event.transactionId;
    }
}
