package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * A company bank account in the ledger is the account with this IBAN at the bank: statements for
 * the IBAN are its statements, payments from it are debited there.
 */
@Revision("1")
public record AccountBankDetailsSetEvent(UUID accountId, BankDetails bankDetails) {
}
