package org.backoffice.command.accounting.ledger;

import java.util.Optional;
import java.util.UUID;

/**
 * Set-based validation of account numbers on the command side: which account, if any, holds a
 * number. Kept in step with the events in the same database transaction that stores them.
 */
public interface AccountNumberRegistry {

    Optional<UUID> holderOf(String number);
}
