package org.backoffice.infra.it;

import org.backoffice.query.it.asset.InventoryQueries.AssetView;
import org.backoffice.query.it.asset.web.InventoryQueryController;
import org.backoffice.query.it.asset.web.InventoryQueryController.AssetStatusFilter;

import java.util.List;
import java.util.stream.Stream;

/** The devices a page offers to hold an address, a number, a licence seat or a maintenance plan: every one not retired. */
final class DevicesInService {

    private DevicesInService() {
    }

    static List<AssetView> of(InventoryQueryController inventory) {
        return Stream.of(AssetStatusFilter.IN_STOCK, AssetStatusFilter.ASSIGNED, AssetStatusFilter.INSTALLED)
                .flatMap(s -> inventory.assets(null, s, null, null, 0, 500).items().stream()).toList();
    }
}
