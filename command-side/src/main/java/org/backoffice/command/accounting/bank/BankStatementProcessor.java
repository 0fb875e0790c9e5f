package org.backoffice.command.accounting.bank;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.backoffice.command.accounting.bank.BankStatementCommands.MatchBankEntries;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.backoffice.command.common.CausedBy;
import org.backoffice.command.common.OwnTransactions;
import org.backoffice.events.accounting.BankStatementImportedEvent;
import org.backoffice.events.accounting.BankStatementMatchingProgressedEvent;
import org.springframework.stereotype.Component;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Matches the entries of an imported statement one chunk at a time, each chunk a transaction of
 * its own: its bookings, the entries' resolutions and the step forward
 * (BankStatementMatchingProgressedEvent) commit together, and that event brings the next chunk
 * here. So a statement of any size is matched within the transaction bound, and a crash resumes
 * with the chunk after the last one committed (entries decided before are skipped).
 *
 * <p>The chunk's command runs on a thread of its own, outside this processor's unit of work: it
 * commits by itself, and a chunk that fails (a concurrent allocation, a closed account) leaves
 * this processor's transaction intact. A failed chunk is matched entry by entry, and an entry whose
 * booking fails waits unmatched with the reason, so one bad entry holds up no other. Never replayed.
 */
@Component
@ProcessingGroup(BankStatementProcessor.PROCESSING_GROUP)
public class BankStatementProcessor {

    public static final String PROCESSING_GROUP = "bank-statement-matching";

    private final CommandGateway commands;
    private final int chunk;
    private final OwnTransactions ownTransactions = new OwnTransactions("bank-statement-matching-chunk");

    private final EventStore events;

    public BankStatementProcessor(CommandGateway commands, BankSettings settings, EventStore events) {
        this.commands = commands;
        this.events = events;
        this.chunk = settings.matchingChunk();
    }

    @EventHandler
    @DisallowReplay
    void on(BankStatementImportedEvent e, @MessageIdentifier String eventId) {
        imported = new Imported(e.statementId(), eventId);
        match(e.statementId(), 0, e.entries().size(), eventId);
    }

    @EventHandler
    @DisallowReplay
    void on(BankStatementMatchingProgressedEvent e) {
        if (e.nextPosition() < e.size()) {
            match(e.statementId(), e.nextPosition(), e.size(), importOf(e.statementId()));
        }
    }

    /** The statement being matched and its import's id, read from its stream once rather than once per chunk. */
    private record Imported(UUID statementId, String eventId) {
    }

    private volatile Imported imported;

    private String importOf(UUID statement) {
        Imported known = imported;
        if (known == null || !known.statementId().equals(statement)) {
            known = new Imported(statement, CausedBy.firstEventOf(events, statement));
            imported = known;
        }
        return known.eventId();
    }

    /** Every command of a statement's matching names its import as the cause (CausedBy). */
    private void match(UUID statement, int from, int size, String cause) {
        int to = Math.min(size, from + chunk);
        if (ownTransaction(() -> CausedBy.sendAndWait(commands, cause, new MatchBankEntries(statement, from, to))).isEmpty()) {
            return; // the chunk's command recorded the step forward with its bookings
        }
        for (int position = from; position < to; position++) {
            int p = position;
            ownTransaction(() -> CausedBy.sendAndWait(commands, cause, new MatchBankEntries(statement, p, p + 1))).ifPresent(why ->
                    ownTransaction(() -> CausedBy.sendAndWait(commands, cause, new BankStatementHandler.MarkBankEntryUnmatched(
                            statement, p, "could not be booked: " + why))));
        }
        ownTransaction(() -> CausedBy.sendAndWait(commands, cause, new BankStatementHandler.AdvanceBankMatching(statement, to)))
                .ifPresent(why -> {
                    throw new IllegalStateException("the matching of statement " + statement + " could not go on: " + why);
                });
    }

    private java.util.Optional<String> ownTransaction(Supplier<Object> command) {
        return ownTransactions.run(command);
    }
}
