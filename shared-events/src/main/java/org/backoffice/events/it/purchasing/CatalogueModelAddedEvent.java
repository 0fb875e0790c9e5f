package org.backoffice.events.it.purchasing;

import org.axonframework.serialization.Revision;
import org.backoffice.events.common.Money;
import org.backoffice.events.it.AssetType;

import java.util.UUID;

/** A standard model IT buys: its type, specs, the supplier (a SUPPLIER partner), its net unit price and input tax code. */
@Revision("1")
public record CatalogueModelAddedEvent(UUID modelId, AssetType type, String name, String specs, UUID supplierId,
                                       Money unitPrice, String taxCode) {
}
