package org.backoffice.command.it.purchasing;

import org.backoffice.events.common.Money;
import org.backoffice.events.it.AssetType;

import java.util.Optional;
import java.util.UUID;

/** Set-based facts of purchasing for the command side: the catalogue, the requests' state, the accounts set. */
public interface PurchasingDirectory {

    record Model(UUID modelId, AssetType type, String name, UUID supplierId, Money unitPrice, String taxCode, boolean discontinued) {
    }

    record Request(UUID requestId, String status, UUID modelId) {
    }

    record Accounts(UUID fixedAssetAccountId, UUID lowValueAccountId, UUID depreciationAccountId, UUID disposalAccountId) {
    }

    Optional<Model> model(UUID modelId);

    Optional<Request> request(UUID requestId);

    Optional<Accounts> accounts();
}
