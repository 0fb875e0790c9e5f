package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * A chart template was applied to the empty ledger: its accounts (AccountOpenedEvent) and tax
 * codes (TaxCodeDefinedEvent, TaxRateVersionAddedEvent) were stored in the same transaction.
 */
@Revision("1")
public record ChartOfAccountsAppliedEvent(UUID chartId, AccountGroups.Template template, String currency) {
}
