package org.backoffice.events.it;

import org.axonframework.serialization.Revision;
import org.backoffice.events.common.Money;

import java.time.LocalDate;
import java.util.UUID;

/** A device or line entered the inventory, in stock; purchaseCost lets accounting see what it cost. */
@Revision("1")
public record AssetRegisteredEvent(UUID assetId, AssetType type, String serialNumber, String model, LocalDate purchaseDate,
                                   Money purchaseCost, String location) {
}
