package org.backoffice.events.it;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** The reminder: the device's warranty ends on endsOn, 30 days from when this was recorded. */
@Revision("1")
public record AssetWarrantyEndingEvent(UUID assetId, LocalDate endsOn) {
}
