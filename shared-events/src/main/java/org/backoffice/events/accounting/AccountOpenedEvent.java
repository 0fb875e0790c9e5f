package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.util.UUID;

/** overdraftLimit is the floor below zero an ASSET account without party may reach; zero otherwise. */
@Revision("1")
public record AccountOpenedEvent(UUID accountId, String number, String name, AccountType type, String currency,
                                 BigDecimal overdraftLimit, Party party) {
}
