package org.backoffice.command.accounting.ledger;

import org.backoffice.events.accounting.TaxKind;

import java.math.BigDecimal;
import java.util.UUID;

/** A tax code as in force on one day: what it does, its rate in percent, the accounts its tax goes to. */
public record TaxRate(String code, TaxKind kind, BigDecimal rate, UUID taxAccountId, UUID inputTaxAccountId) {
}
