package org.backoffice.command.accounting.ledger;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.backoffice.events.accounting.AccountType;
import org.backoffice.events.accounting.Party;

import java.math.BigDecimal;
import java.util.UUID;

/** group: the code of the balance sheet or P&L position the account is shown under, or null. */
public record OpenAccountCommand(@TargetAggregateIdentifier UUID accountId, String number, String name,
                                 AccountType type, String currency, BigDecimal overdraftLimit, Party party,
                                 String group) {

    public OpenAccountCommand(UUID accountId, String number, String name, AccountType type, String currency,
                              BigDecimal overdraftLimit, Party party) {
        this(accountId, number, name, type, currency, overdraftLimit, party, null);
    }
}
