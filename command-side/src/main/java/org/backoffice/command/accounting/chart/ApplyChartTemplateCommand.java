package org.backoffice.command.accounting.chart;

import org.backoffice.events.accounting.AccountGroups;

/** Set up the empty ledger from a chart template: its accounts in this currency and its tax codes. */
public record ApplyChartTemplateCommand(AccountGroups.Template template, String currency) {
}
