package org.backoffice.command.accounting.ledger;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.backoffice.events.accounting.BankDetails;

import java.util.UUID;

/** The IBAN (and BIC) of a company bank account. */
public record SetBankDetailsCommand(@TargetAggregateIdentifier UUID accountId, BankDetails bankDetails) {
}
