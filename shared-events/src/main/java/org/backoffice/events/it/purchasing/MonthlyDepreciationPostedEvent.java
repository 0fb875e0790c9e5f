package org.backoffice.events.it.purchasing;

import org.axonframework.serialization.Revision;
import org.backoffice.events.common.Money;

import java.util.UUID;

/**
 * A month's depreciation of the fixed assets, posted as journal entry entryId (null when nothing
 * was due). It covers every asset of the register up to registerPosition, each to what its
 * straight-line schedule has reached by the month's end: assets capitalized late catch up here.
 */
@Revision("1")
public record MonthlyDepreciationPostedEvent(UUID runId, String month, UUID entryId, int assets, Money total, long registerPosition) {
}
