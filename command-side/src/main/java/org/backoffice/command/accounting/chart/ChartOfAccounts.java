package org.backoffice.command.accounting.chart;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.backoffice.events.accounting.AccountGroups;
import org.backoffice.events.accounting.ChartOfAccountsAppliedEvent;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.backoffice.command.common.CommandRejectedException.conflict;

/** The ledger's chart of accounts: the template it was set up from, once. */
@Aggregate
public class ChartOfAccounts {

    /** There is one ledger, so one chart. */
    public static final UUID ID = UUID.nameUUIDFromBytes("chart-of-accounts".getBytes(StandardCharsets.UTF_8));

    @AggregateIdentifier
    private UUID chartId;
    private AccountGroups.Template template;
    private String currency;

    public AccountGroups.Template template() {
        return template;
    }

    public String currency() {
        return currency;
    }

    public ChartOfAccounts() {
        // for Axon and loadOrCreate
    }

    /** Records the template; a chart is set up once (409 the second time, whatever the template). */
    void apply(AccountGroups.Template t, String currency, boolean ledgerHasAccounts) {
        if (template != null) {
            throw conflict("template", "the chart of accounts was already set up from " + template);
        }
        if (ledgerHasAccounts) {
            throw conflict("template", "the ledger already has accounts: a chart template is applied to an empty ledger");
        }
        org.axonframework.modelling.command.AggregateLifecycle.apply(new ChartOfAccountsAppliedEvent(ID, t, currency));
    }

    @EventSourcingHandler
    void on(ChartOfAccountsAppliedEvent e) {
        chartId = e.chartId();
        template = e.template();
        currency = e.currency();
    }
}
