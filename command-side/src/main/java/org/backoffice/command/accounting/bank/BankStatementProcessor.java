package org.backoffice.command.accounting.bank;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.backoffice.command.accounting.bank.BankStatementCommands.MatchBankEntries;
import org.backoffice.events.accounting.BankStatementImportedEvent;
import org.springframework.stereotype.Component;

/**
 * Matches the entries of an imported statement in chunks, each chunk one unit of work (its
 * bookings and their resolutions commit together). A chunk that fails is matched entry by entry,
 * and an entry whose booking fails waits unmatched with the reason, so one bad entry holds up no
 * other. A crash resumes with the statement again: decided entries are skipped. Never replayed.
 */
@Component
@ProcessingGroup(BankStatementProcessor.PROCESSING_GROUP)
public class BankStatementProcessor {

    public static final String PROCESSING_GROUP = "bank-statement-matching";

    private final CommandGateway commands;
    private final int chunk;

    public BankStatementProcessor(CommandGateway commands, BankSettings settings) {
        this.commands = commands;
        this.chunk = settings.matchingChunk();
    }

    @EventHandler
    @DisallowReplay
    void on(BankStatementImportedEvent e) {
        for (int from = 0; from < e.entries().size(); from += chunk) {
            int to = Math.min(e.entries().size(), from + chunk);
            try {
                commands.sendAndWait(new MatchBankEntries(e.statementId(), from, to));
            } catch (RuntimeException chunkFailed) {
                for (int position = from; position < to; position++) {
                    try {
                        commands.sendAndWait(new MatchBankEntries(e.statementId(), position, position + 1));
                    } catch (RuntimeException entryFailed) {
                        commands.sendAndWait(new BankStatementHandler.MarkBankEntryUnmatched(e.statementId(), position,
                                "could not be booked: " + entryFailed.getMessage()));
                    }
                }
            }
        }
    }
}
