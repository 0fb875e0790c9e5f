package org.backoffice.command.accounting.ledger;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.backoffice.events.accounting.AccountType;
import org.backoffice.events.accounting.Party;

import java.math.BigDecimal;
import java.util.UUID;

public record OpenAccountCommand(@TargetAggregateIdentifier UUID accountId, String number, String name,
                                 AccountType type, String currency, BigDecimal overdraftLimit, Party party) {
}
