package org.backoffice.command.it.purchasing;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.backoffice.command.it.purchasing.PurchasingCommands.RecordMonthlyDepreciationCommand;
import org.backoffice.events.it.purchasing.MonthlyDepreciationPostedEvent;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A month's depreciation, recorded once: its id is derived from the month, so a second run of it finds it done. */
@Revision("1")
@Aggregate
public class DepreciationMonth {

    @AggregateIdentifier
    private UUID runId;

    protected DepreciationMonth() {
    }

    public static UUID idOf(YearMonth month) {
        return UUID.nameUUIDFromBytes(("it-depreciation:" + month).getBytes(StandardCharsets.UTF_8));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordMonthlyDepreciationCommand c) {
        if (runId != null) {
            return;
        }
        apply(new MonthlyDepreciationPostedEvent(c.runId(), c.month().toString(), c.entryId(), c.assets(), c.total(), c.registerPosition()));
    }

    @EventSourcingHandler
    void on(MonthlyDepreciationPostedEvent e) {
        runId = e.runId();
    }
}
