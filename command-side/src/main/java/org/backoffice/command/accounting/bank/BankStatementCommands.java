package org.backoffice.command.accounting.bank;

import org.backoffice.command.accounting.ledger.Settlement;

import java.util.List;
import java.util.UUID;

/** The commands of bank statements, handled by {@link BankStatementHandler}. */
public final class BankStatementCommands {

    private BankStatementCommands() {
    }

    public record ImportBankStatement(UUID statementId, CamtReader.StatementFile file, String importedBy) {
    }

    /** Match the entries from position from (inclusive) to to (exclusive) that are not resolved yet. */
    public record MatchBankEntries(UUID statementId, int from, int to) {
    }

    /**
     * An accountant resolves an unmatched entry: to a partner (settling the given items, the rest
     * unallocated), or to another account (fees, interest, a transfer between own accounts), or
     * to an entry already in the books (transactionId: a standing order's payment, a payment
     * booked by hand before the statement came), which is then linked, not booked again.
     * Exactly one of partnerId, accountId and transactionId.
     */
    public record AssignBankEntry(UUID statementId, int position, UUID partnerId, List<Settlement> settles,
                                  UUID accountId, UUID transactionId, String text, String assignedBy) {
    }
}
