package org.backoffice.events.it.purchasing;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * Set by accounting: where IT's purchases post. Devices above the low-value threshold go to the
 * fixed-asset account (to be depreciated monthly to the depreciation account, what is left at
 * retirement to the disposal account), those at or below it to the low-value account.
 */
@Revision("1")
public record PurchasingAccountsSetEvent(UUID fixedAssetAccountId, UUID lowValueAccountId, UUID depreciationAccountId,
                                         UUID disposalAccountId) {
}
