package org.backoffice.events.it.purchasing;

import org.axonframework.serialization.Revision;
import org.backoffice.events.common.Money;
import org.backoffice.events.it.AssetType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Devices of an order delivered with the supplier's invoice. Everything the posting needs is
 * recorded as it was decided at the receipt: the devices with their asset ids and net unit
 * prices, the supplier's account, the accounts for fixed assets and for low-value assets, and
 * the threshold between them (a device costing at most lowValueThreshold net is expensed at once),
 * and for the fixed assets their useful life and the accounts of their depreciation and disposal.
 */
@Revision("1")
public record PurchaseOrderReceivedEvent(UUID orderId, UUID receiptId, UUID supplierId, UUID supplierAccountId,
                                         String invoiceNumber, LocalDate invoiceDate, List<Device> devices,
                                         Money lowValueThreshold, UUID fixedAssetAccountId, UUID lowValueAccountId,
                                         UUID depreciationAccountId, UUID disposalAccountId) {

    /** usefulLifeMonths: over how many months a fixed asset is depreciated; 0 for a low-value asset (expensed at once). */
    public record Device(UUID assetId, UUID modelId, AssetType type, String name, String serialNumber, Money unitPrice,
                         String taxCode, int usefulLifeMonths) {
    }

    public PurchaseOrderReceivedEvent {
        devices = List.copyOf(devices);
    }
}
