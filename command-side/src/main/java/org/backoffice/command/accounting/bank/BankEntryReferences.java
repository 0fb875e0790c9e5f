package org.backoffice.command.accounting.bank;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/** The bank's references of the entries already imported for an account (bank_entry_lookup). */
public interface BankEntryReferences {

    /** Those of the references that an earlier statement of the account already brought. */
    Set<String> known(UUID accountId, Collection<String> references);

    /** Whether a statement entry already booked or was linked to this journal entry. */
    boolean isLinked(UUID transactionId);
}
