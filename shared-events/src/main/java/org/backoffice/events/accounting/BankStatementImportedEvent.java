package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;
import org.backoffice.events.common.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A bank statement (ISO 20022 camt.053, of message) was imported for the company account
 * accountId by importedBy. entries are those not seen in an earlier statement, in the order of
 * the file; skipped counts the entries already known (by their reference) and those not booked
 * yet (pending), which a later statement reports again. Each entry is matched next, by position.
 */
@Revision("1")
public record BankStatementImportedEvent(UUID statementId, UUID accountId, String iban, String message,
                                         String messageId, String statementReference, Money openingBalance,
                                         LocalDate openingDate, Money closingBalance, LocalDate closingDate,
                                         List<BankEntry> entries, int skipped, String importedBy) {

    public BankStatementImportedEvent {
        entries = List.copyOf(entries);
    }
}
