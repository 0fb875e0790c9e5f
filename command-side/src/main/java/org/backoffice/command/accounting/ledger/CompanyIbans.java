package org.backoffice.command.accounting.ledger;

import java.util.Optional;
import java.util.UUID;

/** Which company bank account holds an IBAN: one account per IBAN, so a statement finds its account. */
public interface CompanyIbans {

    Optional<UUID> holderOf(String iban);
}
