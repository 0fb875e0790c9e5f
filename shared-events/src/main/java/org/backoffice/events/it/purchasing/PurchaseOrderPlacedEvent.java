package org.backoffice.events.it.purchasing;

import org.axonframework.serialization.Revision;
import org.backoffice.events.common.Money;
import org.backoffice.events.it.AssetType;

import java.util.List;
import java.util.UUID;

/** An order to one supplier, its lines at the catalogue's prices of the day, and the approved requests it fulfils. */
@Revision("1")
public record PurchaseOrderPlacedEvent(UUID orderId, UUID supplierId, List<Line> lines, List<UUID> requestIds) {

    public record Line(UUID modelId, AssetType type, String name, int quantity, Money unitPrice, String taxCode) {
    }

    public PurchaseOrderPlacedEvent {
        lines = List.copyOf(lines);
        requestIds = requestIds == null ? List.of() : List.copyOf(requestIds);
    }
}
