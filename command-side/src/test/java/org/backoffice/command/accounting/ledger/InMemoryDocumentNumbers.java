package org.backoffice.command.accounting.ledger;

import org.axonframework.eventhandling.EventHandler;
import org.backoffice.events.accounting.TransactionPostedEvent;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Document numbers for the in-memory tests: the numbers of posted entries, learnt from their
 * events, and a counter per series and year. (No transaction to roll back here; the gapless
 * drawing is tested against PostgreSQL in infra.)
 */
public class InMemoryDocumentNumbers implements DocumentNumbers {

    private final Map<String, UUID> holders = new HashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();

    @Override
    public Optional<UUID> holderOf(String documentNumber) {
        return Optional.ofNullable(holders.get(documentNumber));
    }

    @Override
    public String draw(String series, int year) {
        int next = counters.merge(series + "/" + year, 1, Integer::sum);
        return "%s-%04d-%05d".formatted(series, year, next);
    }

    @EventHandler
    void on(TransactionPostedEvent e) {
        if (e.documentNumber() != null) {
            holders.put(e.documentNumber(), e.transactionId());
        }
    }
}
