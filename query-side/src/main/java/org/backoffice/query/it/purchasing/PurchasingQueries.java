package org.backoffice.query.it.purchasing;

import com.fasterxml.jackson.core.type.TypeReference;
import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.queryhandling.QueryHandler;
import org.backoffice.events.common.Money;
import org.backoffice.query.common.PageView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The catalogue, device requests and purchase orders with their receipts. */
@Component
public class PurchasingQueries {

    public record FindCatalogue(boolean includeDiscontinued, int page, int size) {
    }

    public record FindRequests(String status, int page, int size) {
    }

    public record FindOrders(int page, int size) {
    }

    public record FindOrder(UUID orderId) {
    }

    public record FindSuppliers() {
    }

    /** asOf null: now. */
    public record FindFixedAssets(Instant asOf, int page, int size) {
    }

    public record FindDepreciationRuns() {
    }

    public record FixedAssetView(UUID assetId, String type, String model, String serialNumber, Money cost, LocalDate acquired,
                                 int usefulLifeMonths,
                                 @Schema(description = "depreciation posted by then: the schedule through the last month whose run was posted by then") Money depreciated,
                                 Money bookValue, Instant disposedAt) {
    }

    public record FixedAssetList(Instant asOf, PageView<FixedAssetView> page, Money totalBookValue) {
    }

    public record DepreciationRunView(String month, UUID entryId, int assets, Money total, Instant postedAt) {
    }

    public record DepreciationRunList(List<DepreciationRunView> runs) {
    }

    public record SupplierView(UUID id, String name) {
    }

    public record SupplierList(List<SupplierView> suppliers) {
    }

    public record CatalogueModelView(UUID id, String type, String name, String specs, UUID supplierId, String supplierName,
                                     Money unitPrice, String taxCode, boolean discontinued, Instant addedAt) {
    }

    public record CatalogueList(PageView<CatalogueModelView> page) {
    }

    public record DeviceRequestView(UUID id, @Schema(allowableValues = {"NEW_HIRE", "REPLACEMENT", "AD_HOC"}) String reason, String type,
                                    UUID employeeId, UUID replacesAssetId, String note,
                                    @Schema(allowableValues = {"REQUESTED", "APPROVED", "REJECTED", "ORDERED"}) String status,
                                    UUID modelId, UUID orderId, String rejectionReason, Instant requestedAt, Instant decidedAt) {
    }

    public record DeviceRequestList(PageView<DeviceRequestView> page) {
    }

    public record OrderLineView(UUID modelId, String type, String name, int quantity, Money unitPrice, String taxCode) {
    }

    public record ReceivedDeviceView(UUID assetId, UUID modelId, String type, String name, String serialNumber, Money unitPrice,
                                     String taxCode,
                                     @Schema(description = "months of depreciation; 0 for a low-value asset, expensed at once") int usefulLifeMonths) {
    }

    public record ReceiptView(UUID id, String invoiceNumber, LocalDate invoiceDate, List<ReceivedDeviceView> devices, Instant receivedAt,
                              @Schema(description = "the supplier's invoice in the ledger, once posted") UUID entryId,
                              @Schema(description = "why the ledger refused it, if it did") String postingFailure, Instant postedAt) {
    }

    public record PurchaseOrderView(UUID id, UUID supplierId, String supplierName, List<OrderLineView> lines, int ordered, int received,
                                    @Schema(allowableValues = {"PLACED", "PARTLY_RECEIVED", "RECEIVED"}) String status,
                                    Instant placedAt, List<ReceiptView> receipts) {
    }

    public record PurchaseOrderList(PageView<PurchaseOrderView> page) {
    }

    private final JdbcTemplate jdbc;

    PurchasingQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return PurchasingProjection.JSON.readValue(json, type);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    @QueryHandler
    public CatalogueList handle(FindCatalogue q) {
        String where = q.includeDiscontinued() ? "" : " where c.discontinued_at is null";
        Long total = jdbc.queryForObject("select count(*) from catalogue_view c" + where, Long.class);
        List<CatalogueModelView> items = jdbc.query("select c.*, p.name as supplier_name from catalogue_view c "
                + "left join partner_view p on p.id = c.supplier_id" + where + " order by c.type, c.name, c.id limit ? offset ?",
                (rs, i) -> new CatalogueModelView(rs.getObject("id", UUID.class), rs.getString("type"), rs.getString("name"),
                        rs.getString("specs"), rs.getObject("supplier_id", UUID.class), rs.getString("supplier_name"),
                        new Money(rs.getBigDecimal("unit_price"), rs.getString("currency")), rs.getString("tax_code"),
                        rs.getTimestamp("discontinued_at") != null, rs.getTimestamp("added_at").toInstant()),
                q.size(), (long) q.page() * q.size());
        return new CatalogueList(new PageView<>(items, q.page(), q.size(), total == null ? 0 : total));
    }

    private static final RowMapper<DeviceRequestView> REQUEST = (rs, i) -> new DeviceRequestView(rs.getObject("id", UUID.class),
            rs.getString("reason"), rs.getString("type"), rs.getObject("employee_id", UUID.class),
            rs.getObject("replaces_asset_id", UUID.class), rs.getString("note"), rs.getString("status"), rs.getObject("model_id", UUID.class),
            rs.getObject("order_id", UUID.class), rs.getString("rejection_reason"), rs.getTimestamp("requested_at").toInstant(),
            instant(rs.getTimestamp("decided_at")));

    @QueryHandler
    public DeviceRequestList handle(FindRequests q) {
        String where = " where (cast(? as varchar) is null or status = ?)";
        Long total = jdbc.queryForObject("select count(*) from device_request_view" + where, Long.class, q.status(), q.status());
        List<DeviceRequestView> items = jdbc.query("select * from device_request_view" + where + " order by requested_at, id limit ? offset ?",
                REQUEST, q.status(), q.status(), q.size(), (long) q.page() * q.size());
        return new DeviceRequestList(new PageView<>(items, q.page(), q.size(), total == null ? 0 : total));
    }

    private List<ReceiptView> receipts(UUID order) {
        return jdbc.query("select * from purchase_receipt_view where order_id = ? order by received_at, receipt_id",
                (rs, i) -> new ReceiptView(rs.getObject("receipt_id", UUID.class), rs.getString("invoice_number"),
                        rs.getDate("invoice_date").toLocalDate(), read(rs.getString("devices"), new TypeReference<List<ReceivedDeviceView>>() { }),
                        rs.getTimestamp("received_at").toInstant(), rs.getObject("entry_id", UUID.class), rs.getString("posting_failure"),
                        instant(rs.getTimestamp("posted_at"))), order);
    }

    private final RowMapper<PurchaseOrderView> order = (rs, i) -> {
        int ordered = rs.getInt("ordered");
        int received = rs.getInt("received");
        UUID id = rs.getObject("id", UUID.class);
        return new PurchaseOrderView(id, rs.getObject("supplier_id", UUID.class), rs.getString("supplier_name"),
                read(rs.getString("lines"), new TypeReference<List<OrderLineView>>() { }), ordered, received,
                received == 0 ? "PLACED" : received < ordered ? "PARTLY_RECEIVED" : "RECEIVED", rs.getTimestamp("placed_at").toInstant(),
                receipts(id));
    };

    @QueryHandler
    public PurchaseOrderList handle(FindOrders q) {
        Long total = jdbc.queryForObject("select count(*) from purchase_order_view", Long.class);
        List<PurchaseOrderView> items = jdbc.query("select o.*, p.name as supplier_name from purchase_order_view o "
                + "left join partner_view p on p.id = o.supplier_id order by o.placed_at desc, o.id limit ? offset ?", order,
                q.size(), (long) q.page() * q.size());
        return new PurchaseOrderList(new PageView<>(items, q.page(), q.size(), total == null ? 0 : total));
    }

    /**
     * The fixed assets as of an instant: cost, the depreciation of the months posted by then (the
     * same SQL function the posting uses), the book value; nothing left once disposed of.
     */
    @QueryHandler
    public FixedAssetList handle(FindFixedAssets q) {
        java.sql.Timestamp t = java.sql.Timestamp.from(q.asOf() == null ? Instant.now() : q.asOf());
        String base = """
                from fixed_asset_view f join asset_view a on a.id = f.asset_id
                cross join lateral (select max(month) as month from depreciation_run_view r where r.posted_at <= ?) r
                cross join lateral (select case when f.disposed_at is not null and f.disposed_at <= ? then f.cost
                                                when r.month is null then 0
                                                else it_depreciation_through(f.cost, f.life_months, f.acquired,
                                                     cast(r.month + interval '1 month' - interval '1 day' as date)) end as depreciated) d
                where a.registered_at <= ?""";
        Long total = jdbc.queryForObject("select count(*) from fixed_asset_view f join asset_view a on a.id = f.asset_id where a.registered_at <= ?",
                Long.class, t);
        java.math.BigDecimal book = jdbc.queryForObject("select coalesce(sum(f.cost - d.depreciated), 0) " + base, java.math.BigDecimal.class, t, t, t);
        List<FixedAssetView> items = jdbc.query("select f.*, a.type, a.model, a.serial_number, d.depreciated " + base
                + " order by f.acquired, f.asset_id limit ? offset ?", (rs, i) -> {
                    String currency = rs.getString("currency");
                    java.math.BigDecimal cost = rs.getBigDecimal("cost");
                    java.math.BigDecimal depreciated = rs.getBigDecimal("depreciated");
                    java.sql.Timestamp disposed = rs.getTimestamp("disposed_at");
                    return new FixedAssetView(rs.getObject("asset_id", UUID.class), rs.getString("type"), rs.getString("model"),
                            rs.getString("serial_number"), new Money(cost, currency), rs.getDate("acquired").toLocalDate(),
                            rs.getInt("life_months"), new Money(depreciated, currency), new Money(cost.subtract(depreciated), currency),
                            disposed == null || disposed.after(t) ? null : disposed.toInstant());
                }, t, t, t, q.size(), (long) q.page() * q.size());
        return new FixedAssetList(q.asOf(), new PageView<>(items, q.page(), q.size(), total == null ? 0 : total), new Money(book, "EUR"));
    }

    @QueryHandler
    public DepreciationRunList handle(FindDepreciationRuns q) {
        return new DepreciationRunList(jdbc.query("select * from depreciation_run_view order by month desc",
                (rs, i) -> new DepreciationRunView(java.time.YearMonth.from(rs.getDate("month").toLocalDate()).toString(),
                        rs.getObject("entry_id", UUID.class), rs.getInt("assets"), new Money(rs.getBigDecimal("total"), rs.getString("currency")),
                        rs.getTimestamp("posted_at").toInstant())));
    }

    @QueryHandler
    public SupplierList handle(FindSuppliers q) {
        return new SupplierList(jdbc.query("select id, name from partner_view where kind = 'SUPPLIER' order by name, id",
                (rs, i) -> new SupplierView(rs.getObject(1, UUID.class), rs.getString(2))));
    }

    @QueryHandler
    public Optional<PurchaseOrderView> handle(FindOrder q) {
        return jdbc.query("select o.*, p.name as supplier_name from purchase_order_view o "
                + "left join partner_view p on p.id = o.supplier_id where o.id = ?", order, q.orderId()).stream().findFirst();
    }
}
