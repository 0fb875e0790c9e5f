package org.backoffice.command.it.purchasing;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.backoffice.events.common.Money;
import org.backoffice.events.it.purchasing.FixedAssetDisposedEvent;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A fixed asset's disposal, recorded once per asset (its id derived from the asset's). */
@Revision("1")
@Aggregate
public class FixedAssetDisposal {

    public record RecordDisposal(@TargetAggregateIdentifier UUID disposalId, UUID assetId, LocalDate disposedOn, Money bookValue,
                                 UUID entryId) {
    }

    @AggregateIdentifier
    private UUID disposalId;

    protected FixedAssetDisposal() {
    }

    public static UUID idOf(UUID assetId) {
        return UUID.nameUUIDFromBytes(("fixed-asset-disposal:" + assetId).getBytes(StandardCharsets.UTF_8));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordDisposal c) {
        if (disposalId == null) {
            apply(new FixedAssetDisposedEvent(c.assetId(), c.disposedOn(), c.bookValue(), c.entryId()));
        }
    }

    @EventSourcingHandler
    void on(FixedAssetDisposedEvent e) {
        disposalId = idOf(e.assetId());
    }
}
