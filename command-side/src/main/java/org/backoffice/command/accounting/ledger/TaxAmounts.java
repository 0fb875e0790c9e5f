package org.backoffice.command.accounting.ledger;

/**
 * How the amounts of taxed lines are entered: NET (the tax is added to them) or GROSS (the tax
 * is contained in them and taken out). A reverse charge or tax-free line has no tax in it: its
 * amount is the taxed amount either way.
 */
public enum TaxAmounts {
    NET, GROSS
}
