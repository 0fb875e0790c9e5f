package org.backoffice.query.it.asset.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.backoffice.query.common.Allowed;
import org.backoffice.query.it.asset.InventoryQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.backoffice.query.common.PageRequestParams;
import org.backoffice.query.common.PageView;
import org.backoffice.query.common.QueryErrors;
import org.backoffice.query.hr.employment.HrQueries;
import org.backoffice.query.hr.employment.HrViews.EmployeeView;
import org.backoffice.query.it.asset.InventoryQueries.AssetView;
import org.backoffice.query.it.asset.InventoryQueries.InventoryView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.util.UUID;

@RestController
@Tag(name = "IT")
public class InventoryQueryController {

    public enum AssetTypeFilter { LAPTOP, DESKTOP, MONITOR, PHONE, PHONE_LINE, SIM_CARD, NETWORK_DEVICE, PRINTER, OTHER }

    public enum AssetStatusFilter { IN_STOCK, ASSIGNED, INSTALLED, IN_REPAIR, RETIRED }

    private final QueryGateway queries;

    public InventoryQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/assets")
    @PreAuthorize(Allowed.IT_READS)
    @Operation(summary = "Assets, filtered by type, status, holder or location")
    @QueryErrors.List
    public PageView<AssetView> assets(@RequestParam(required = false) AssetTypeFilter type,
                                      @RequestParam(required = false) AssetStatusFilter status,
                                      @RequestParam(required = false) UUID employeeId,
                                      @RequestParam(required = false) String location,
                                      @RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size) {
        PageRequestParams p = PageRequestParams.of(page, size);
        return queries.query(new InventoryQueries.FindAssets(type == null ? null : type.name(),
                status == null ? null : status.name(), employeeId, location, p.page(), p.size()),
                InventoryQueries.AssetList.class).join().page();
    }

    @GetMapping("/api/v1/employees/{id}/assets")
    @PreAuthorize(Allowed.IT_READS)
    @Operation(summary = "The devices an employee holds now")
    @QueryErrors.List
    public PageView<AssetView> heldBy(@PathVariable UUID id, @RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size) {
        // An unknown employee is 404, not an empty list (docs/api.md: 404 unknown id).
        queries.query(new HrQueries.FindEmployee(id, LocalDate.now()), ResponseTypes.optionalInstanceOf(EmployeeView.class))
                .join().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "employee " + id + " does not exist"));
        return assets(null, AssetStatusFilter.ASSIGNED, id, null, page, size);
    }

    @GetMapping("/api/v1/employees/{id}/holdings")
    @PreAuthorize(Allowed.HOLDINGS_READS)
    @Operation(summary = "What an employee holds of IT (devices, numbers, licence seats), now or as of an instant, and what their offboarding gave back")
    @QueryErrors.Item
    public org.backoffice.query.it.HoldingsQueries.Holdings holdings(@PathVariable UUID id,
            @io.swagger.v3.oas.annotations.Parameter(description = "now, or as of an instant (ISO-8601, or a date = its end)")
            @RequestParam(required = false) String asOf) {
        queries.query(new HrQueries.FindEmployee(id, LocalDate.now()), ResponseTypes.optionalInstanceOf(EmployeeView.class))
                .join().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "employee " + id + " does not exist"));
        return queries.query(new org.backoffice.query.it.HoldingsQueries.FindHoldings(id,
                org.backoffice.query.common.QueryParams.instantOrDate("asOf", asOf, true)),
                org.backoffice.query.it.HoldingsQueries.Holdings.class).join();
    }

    @GetMapping("/api/v1/assets/{id}")
    @PreAuthorize(Allowed.IT_READS)
    @Operation(summary = "One asset with its status, holder and location")
    @QueryErrors.Item
    public AssetView asset(@PathVariable UUID id) {
        return queries.query(new InventoryQueries.FindAsset(id), ResponseTypes.optionalInstanceOf(AssetView.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "asset " + id + " does not exist"));
    }

    @GetMapping("/api/v1/reports/inventory")
    @PreAuthorize(Allowed.IT_READS)
    @Operation(summary = "Every asset type counted by status, now or as of an instant (ISO-8601, or a date = its end)")
    @QueryErrors.Report
    public InventoryView inventory(@RequestParam(required = false) String asOf) {
        return queries.query(new InventoryQueries.GetInventory(
                org.backoffice.query.common.QueryParams.instantOrDate("asOf", asOf, true)), InventoryView.class).join();
    }
}
