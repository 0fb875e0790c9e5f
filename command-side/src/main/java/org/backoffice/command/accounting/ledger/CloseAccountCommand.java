package org.backoffice.command.accounting.ledger;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record CloseAccountCommand(@TargetAggregateIdentifier UUID accountId) {
}
