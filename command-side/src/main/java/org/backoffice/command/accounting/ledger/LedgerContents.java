package org.backoffice.command.accounting.ledger;

/** Whether the ledger holds anything yet (a chart template is only applied to an empty one). */
public interface LedgerContents {

    boolean hasAccounts();
}
