package org.backoffice.command.accounting.ledger;

import org.axonframework.eventhandling.EventHandler;
import org.backoffice.events.accounting.TaxCodeDefinedEvent;
import org.backoffice.events.accounting.TaxKind;
import org.backoffice.events.accounting.TaxRateVersionAddedEvent;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The tax codes' versions for the in-memory tests, learnt from their events as the lookup table is. */
public class InMemoryTaxRates implements TaxRates {

    private final Map<String, TaxKind> kinds = new HashMap<>();
    private final Map<String, TreeMap<LocalDate, TaxRateVersionAddedEvent>> versions = new HashMap<>();

    @Override
    public boolean exists(String code) {
        return kinds.containsKey(code);
    }

    @Override
    public Optional<TaxRate> rateOn(String code, LocalDate day) {
        return Optional.ofNullable(versions.get(code)).map(v -> v.floorEntry(day)).map(Map.Entry::getValue)
                .map(v -> new TaxRate(code, kinds.get(code), v.rate(), v.taxAccountId(), v.inputTaxAccountId()));
    }

    @EventHandler
    void on(TaxCodeDefinedEvent e) {
        kinds.put(e.code(), e.kind());
    }

    @EventHandler
    void on(TaxRateVersionAddedEvent e) {
        versions.computeIfAbsent(e.code(), c -> new TreeMap<>()).put(e.validFrom(), e);
    }
}
