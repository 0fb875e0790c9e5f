package org.backoffice.events.it.purchasing;

import org.axonframework.serialization.Revision;
import org.backoffice.events.common.Money;

import java.time.LocalDate;
import java.util.UUID;

/** A retired device's book value written off (journal entry entryId; none when nothing was left). */
@Revision("1")
public record FixedAssetDisposedEvent(UUID assetId, LocalDate disposedOn, Money bookValue, UUID entryId) {
}
