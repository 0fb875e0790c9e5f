package org.backoffice.events.it;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** The manufacturer's or seller's warranty of a device runs until endsOn (inclusive). */
@Revision("1")
public record AssetWarrantySetEvent(UUID assetId, LocalDate endsOn) {
}
