package org.backoffice.command.it.asset;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.backoffice.events.common.Money;
import org.backoffice.events.it.AssetType;
import org.backoffice.events.it.ReturnCause;

import java.time.LocalDate;
import java.util.UUID;

public final class AssetCommands {

    private AssetCommands() {
    }

    public record RegisterAssetCommand(@TargetAggregateIdentifier UUID assetId, AssetType type, String serialNumber,
                                       String model, LocalDate purchaseDate, Money purchaseCost, String location) {
    }

    public record InstallAssetCommand(@TargetAggregateIdentifier UUID assetId, String location) {
    }

    public record AssignAssetCommand(@TargetAggregateIdentifier UUID assetId, UUID employeeId) {
    }

    /** expectedHolder, when given, makes the return conditional: offboarding returns only what that person still holds. */
    public record ReturnAssetCommand(@TargetAggregateIdentifier UUID assetId, String note, ReturnCause cause,
                                     UUID expectedHolder) {
    }

    public record SendAssetToRepairCommand(@TargetAggregateIdentifier UUID assetId, String description) {
    }

    public record CompleteAssetRepairCommand(@TargetAggregateIdentifier UUID assetId) {
    }

    public record RetireAssetCommand(@TargetAggregateIdentifier UUID assetId, String reason) {
    }

    public record SetWarrantyCommand(@TargetAggregateIdentifier UUID assetId, LocalDate endsOn) {
    }
}
