package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;
import org.backoffice.events.common.Money;

import java.util.UUID;

/**
 * overdraftLimit is the floor below zero an ASSET account without party may reach; zero otherwise.
 * group is the code of the balance sheet or P&L position it is shown under ({@link AccountGroups}),
 * or empty.
 *
 * Revision 2: overdraftLimit is Money, as every other amount in the events (revision 1 stored a
 * bare number in the account's currency; AccountOpenedEventUpcaster in infra reads those).
 * Revision 3: group (revisions 1 and 2 read with none).
 */
@Revision("3")
public record AccountOpenedEvent(UUID accountId, String number, String name, AccountType type, String currency,
                                 Money overdraftLimit, Party party, String group) {
}
