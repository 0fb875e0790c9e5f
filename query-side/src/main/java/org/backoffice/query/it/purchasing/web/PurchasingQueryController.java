package org.backoffice.query.it.purchasing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.backoffice.query.common.Allowed;
import org.backoffice.query.common.PageRequestParams;
import org.backoffice.query.common.PageView;
import org.backoffice.query.common.QueryErrors;
import org.backoffice.query.it.purchasing.PurchasingQueries;
import org.backoffice.query.it.purchasing.PurchasingQueries.CatalogueModelView;
import org.backoffice.query.it.purchasing.PurchasingQueries.DeviceRequestView;
import org.backoffice.query.it.purchasing.PurchasingQueries.PurchaseOrderView;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.UUID;

@RestController
@Tag(name = "IT")
public class PurchasingQueryController {

    public enum DeviceRequestStatus { REQUESTED, APPROVED, REJECTED, ORDERED }

    private final QueryGateway queries;

    public PurchasingQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/catalogue-models")
    @PreAuthorize(Allowed.IT_READS)
    @Operation(summary = "The catalogue of standard models, by type")
    @QueryErrors.List
    public PageView<CatalogueModelView> catalogue(@RequestParam(required = false) Boolean includeDiscontinued,
                                                  @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageRequestParams p = PageRequestParams.of(page, size);
        return queries.query(new PurchasingQueries.FindCatalogue(Boolean.TRUE.equals(includeDiscontinued), p.page(), p.size()),
                PurchasingQueries.CatalogueList.class).join().page();
    }

    @GetMapping("/api/v1/device-requests")
    @PreAuthorize(Allowed.IT_READS)
    @Operation(summary = "Device requests, oldest first, by status")
    @QueryErrors.List
    public PageView<DeviceRequestView> requests(@RequestParam(required = false) DeviceRequestStatus status,
                                                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageRequestParams p = PageRequestParams.of(page, size);
        return queries.query(new PurchasingQueries.FindRequests(status == null ? null : status.name(), p.page(), p.size()),
                PurchasingQueries.DeviceRequestList.class).join().page();
    }

    @GetMapping("/api/v1/catalogue-suppliers")
    @PreAuthorize(Allowed.IT_AND_ACCOUNTING_READS)
    @Operation(summary = "The suppliers a catalogue model can name: id and name of every SUPPLIER partner (not a page)")
    @QueryErrors.Item
    public PurchasingQueries.SupplierList suppliers() {
        return queries.query(new PurchasingQueries.FindSuppliers(), PurchasingQueries.SupplierList.class).join();
    }

    @GetMapping("/api/v1/fixed-assets")
    @PreAuthorize(Allowed.IT_AND_ACCOUNTING_READS)
    @Operation(summary = "IT's fixed assets with their cost, depreciation and book value, now or as of an instant; the oldest first")
    @QueryErrors.List
    public PurchasingQueries.FixedAssetList fixedAssets(
            @io.swagger.v3.oas.annotations.Parameter(description = "now, or as of an instant (ISO-8601, or a date = its end)")
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageRequestParams p = PageRequestParams.of(page, size);
        return queries.query(new PurchasingQueries.FindFixedAssets(org.backoffice.query.common.QueryParams.instantOrDate("asOf", asOf, true),
                p.page(), p.size()), PurchasingQueries.FixedAssetList.class).join();
    }

    @GetMapping("/api/v1/depreciation-runs")
    @PreAuthorize(Allowed.IT_AND_ACCOUNTING_READS)
    @Operation(summary = "The months whose depreciation is posted, the newest first, with their journal entries (not a page)")
    @QueryErrors.Item
    public PurchasingQueries.DepreciationRunList depreciationRuns() {
        return queries.query(new PurchasingQueries.FindDepreciationRuns(), PurchasingQueries.DepreciationRunList.class).join();
    }

    @GetMapping("/api/v1/purchase-orders")
    @PreAuthorize(Allowed.IT_AND_ACCOUNTING_READS)
    @Operation(summary = "Purchase orders, newest first, with their receipts and the postings of their invoices")
    @QueryErrors.List
    public PageView<PurchaseOrderView> orders(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageRequestParams p = PageRequestParams.of(page, size);
        return queries.query(new PurchasingQueries.FindOrders(p.page(), p.size()), PurchasingQueries.PurchaseOrderList.class).join().page();
    }

    @GetMapping("/api/v1/purchase-orders/{id}")
    @PreAuthorize(Allowed.IT_AND_ACCOUNTING_READS)
    @Operation(summary = "One purchase order: its lines, receipts, the devices registered and the invoice's posting")
    @QueryErrors.Item
    public PurchaseOrderView order(@PathVariable UUID id) {
        return queries.query(new PurchasingQueries.FindOrder(id), ResponseTypes.optionalInstanceOf(PurchaseOrderView.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "purchase order " + id + " does not exist"));
    }
}
