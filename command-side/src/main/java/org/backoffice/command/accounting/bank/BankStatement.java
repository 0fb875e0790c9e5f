package org.backoffice.command.accounting.bank;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.backoffice.events.accounting.BankEntry;
import org.backoffice.events.accounting.BankEntryResolvedEvent;
import org.backoffice.events.accounting.BankEntryUnmatchedEvent;
import org.backoffice.events.accounting.BankStatementImportedEvent;
import org.backoffice.events.accounting.BankStatementMatchingProgressedEvent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.backoffice.command.common.CommandRejectedException.conflict;
import static org.backoffice.command.common.CommandRejectedException.notFound;

/**
 * An imported bank statement and what became of each of its new entries: matched or assigned
 * (booked, once), or waiting unmatched. An entry is resolved at most once.
 */
// Cached (infra AggregateLoadingConfiguration): change the revision whenever the fields change.
@Revision("1")
@Aggregate(repository = "bankStatementRepository")
public class BankStatement {

    @AggregateIdentifier
    private UUID statementId;
    private UUID accountId;
    private List<BankEntry> entries = new ArrayList<>();
    private Set<Integer> resolved = new HashSet<>();
    private Set<Integer> unmatched = new HashSet<>();
    /** Entries before this position are decided (the matching's progress). */
    private int matchedUpTo;

    public BankStatement() {
        // for Axon and loadOrCreate
    }

    boolean isImported() {
        return statementId != null;
    }

    UUID accountId() {
        return accountId;
    }

    int size() {
        return entries.size();
    }

    List<BankEntry> entries() {
        return entries;
    }

    boolean isUnmatched(int position) {
        return unmatched.contains(position);
    }

    boolean isDecided(int position) {
        return resolved.contains(position) || unmatched.contains(position);
    }

    BankEntry entry(int position) {
        if (position < 0 || position >= entries.size()) {
            throw notFound("statement " + statementId + " has no entry " + position);
        }
        return entries.get(position);
    }

    void imported(BankStatementImportedEvent e) {
        apply(e);
    }

    void resolve(int position, String how, List<UUID> transactions, UUID partnerId, String by, String note) {
        if (resolved.contains(position)) {
            throw conflict("entry " + position + " of statement " + statementId + " is already booked");
        }
        apply(new BankEntryResolvedEvent(statementId, position, how, transactions, partnerId, by, note));
    }

    /** The matching has decided every entry before next: recorded once per step forward. */
    void progressed(int next) {
        int bounded = Math.min(next, entries.size());
        if (bounded > matchedUpTo) {
            apply(new BankStatementMatchingProgressedEvent(statementId, bounded, entries.size()));
        }
    }

    void leaveUnmatched(int position, String reason) {
        if (!isDecided(position)) {
            apply(new BankEntryUnmatchedEvent(statementId, position, reason));
        }
    }

    @EventSourcingHandler
    void on(BankStatementImportedEvent e) {
        statementId = e.statementId();
        accountId = e.accountId();
        entries = new ArrayList<>(e.entries());
    }

    @EventSourcingHandler
    void on(BankEntryResolvedEvent e) {
        resolved.add(e.position());
        unmatched.remove(e.position());
    }

    @EventSourcingHandler
    void on(BankStatementMatchingProgressedEvent e) {
        matchedUpTo = e.nextPosition();
    }

    @EventSourcingHandler
    void on(BankEntryUnmatchedEvent e) {
        unmatched.add(e.position());
    }
}
