package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;
import org.backoffice.events.common.Money;

import java.util.UUID;

/**
 * overdraftLimit is the floor below zero an ASSET account without party may reach; zero otherwise.
 *
 * Revision 2: overdraftLimit is Money, as every other amount in the events (revision 1 stored a
 * bare number in the account's currency; AccountOpenedEventUpcaster in infra reads those).
 */
@Revision("2")
public record AccountOpenedEvent(UUID accountId, String number, String name, AccountType type, String currency,
                                 Money overdraftLimit, Party party) {
}
