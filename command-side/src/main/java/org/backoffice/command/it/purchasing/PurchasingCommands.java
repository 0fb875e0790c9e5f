package org.backoffice.command.it.purchasing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.backoffice.events.common.Money;
import org.backoffice.events.it.AssetType;
import org.backoffice.events.it.purchasing.DeviceRequestReason;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public final class PurchasingCommands {

    private PurchasingCommands() {
    }

    public record AddCatalogueModelCommand(@TargetAggregateIdentifier UUID modelId, AssetType type, String name, String specs,
                                           UUID supplierId, Money unitPrice, String taxCode) {
    }

    public record DiscontinueCatalogueModelCommand(@TargetAggregateIdentifier UUID modelId) {
    }

    public record RequestDeviceCommand(@TargetAggregateIdentifier UUID requestId, DeviceRequestReason reason, AssetType type,
                                       UUID employeeId, UUID replacesAssetId, String note) {
    }

    public record ApproveDeviceRequestCommand(@TargetAggregateIdentifier UUID requestId, UUID modelId) {
    }

    public record RejectDeviceRequestCommand(@TargetAggregateIdentifier UUID requestId, String reason) {
    }

    public record OrderLine(UUID modelId, int quantity) {
    }

    public record PlacePurchaseOrderCommand(@TargetAggregateIdentifier UUID orderId, List<OrderLine> lines, List<UUID> requestIds) {
    }

    public record ReceivedModel(UUID modelId, List<String> serialNumbers) {
    }

    public record ReceivePurchaseOrderCommand(@TargetAggregateIdentifier UUID orderId, UUID receiptId, String invoiceNumber,
                                              LocalDate invoiceDate, List<ReceivedModel> items) {
    }

    public record RecordPurchaseInvoicePostingCommand(@TargetAggregateIdentifier UUID orderId, UUID receiptId, UUID entryId,
                                                      String failure) {
    }

    public record SetPurchasingAccountsCommand(@TargetAggregateIdentifier UUID id, UUID fixedAssetAccountId, UUID lowValueAccountId,
                                               UUID depreciationAccountId, UUID disposalAccountId) {
    }

    public record RecordMonthlyDepreciationCommand(@TargetAggregateIdentifier UUID runId, java.time.YearMonth month, UUID entryId,
                                                   int assets, org.backoffice.events.common.Money total, long registerPosition) {
    }
}
