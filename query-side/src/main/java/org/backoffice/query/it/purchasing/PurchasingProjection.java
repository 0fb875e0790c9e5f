package org.backoffice.query.it.purchasing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.backoffice.events.it.purchasing.CatalogueModelAddedEvent;
import org.backoffice.events.it.purchasing.CatalogueModelDiscontinuedEvent;
import org.backoffice.events.it.purchasing.DeviceRequestApprovedEvent;
import org.backoffice.events.it.purchasing.DeviceRequestRejectedEvent;
import org.backoffice.events.it.purchasing.DeviceRequestedEvent;
import org.backoffice.events.it.purchasing.PurchaseInvoicePostedEvent;
import org.backoffice.events.it.purchasing.PurchaseInvoicePostingFailedEvent;
import org.backoffice.events.it.purchasing.PurchaseOrderPlacedEvent;
import org.backoffice.events.it.purchasing.PurchaseOrderReceivedEvent;
import org.backoffice.query.it.asset.InventoryProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/** The catalogue, the device requests, the purchase orders and their receipts: part of the inventory read model. */
@Component
@ProcessingGroup(InventoryProjection.NAME)
public class PurchasingProjection {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final JdbcTemplate jdbc;

    PurchasingProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static java.sql.Timestamp ts(Instant at) {
        return java.sql.Timestamp.from(at);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @EventHandler
    void on(CatalogueModelAddedEvent e, @Timestamp Instant at) {
        jdbc.update("""
                insert into catalogue_view (id, type, name, specs, supplier_id, unit_price, currency, tax_code, added_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing""", e.modelId(), e.type().name(), e.name(), e.specs(),
                e.supplierId(), e.unitPrice().amount(), e.unitPrice().currency(), e.taxCode(), ts(at));
    }

    @EventHandler
    void on(CatalogueModelDiscontinuedEvent e, @Timestamp Instant at) {
        jdbc.update("update catalogue_view set discontinued_at = ? where id = ? and discontinued_at is null", ts(at), e.modelId());
    }

    @EventHandler
    void on(DeviceRequestedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update("""
                insert into device_request_view (id, reason, type, employee_id, replaces_asset_id, note, status, requested_at, last_sequence)
                values (?, ?, ?, ?, ?, ?, 'REQUESTED', ?, ?) on conflict (id) do nothing""", e.requestId(), e.reason().name(),
                e.type().name(), e.employeeId(), e.replacesAssetId(), e.note(), ts(at), sequence);
    }

    @EventHandler
    void on(DeviceRequestApprovedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update("""
                update device_request_view set status = 'APPROVED', model_id = ?, decided_at = ?, last_sequence = ?
                where id = ? and last_sequence < ?""", e.modelId(), ts(at), sequence, e.requestId(), sequence);
    }

    @EventHandler
    void on(DeviceRequestRejectedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update("""
                update device_request_view set status = 'REJECTED', rejection_reason = ?, decided_at = ?, last_sequence = ?
                where id = ? and last_sequence < ?""", e.reason(), ts(at), sequence, e.requestId(), sequence);
    }

    @EventHandler
    void on(PurchaseOrderPlacedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (jdbc.update("""
                insert into purchase_order_view (id, supplier_id, lines, ordered, placed_at, last_sequence)
                values (?, ?, ?, ?, ?, ?) on conflict (id) do nothing""", e.orderId(), e.supplierId(), json(e.lines()),
                e.lines().stream().mapToInt(PurchaseOrderPlacedEvent.Line::quantity).sum(), ts(at), sequence) == 1) {
            for (UUID request : e.requestIds()) {
                jdbc.update("update device_request_view set status = 'ORDERED', order_id = ? where id = ?", e.orderId(), request);
            }
        }
    }

    @EventHandler
    void on(PurchaseOrderReceivedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (jdbc.update("update purchase_order_view set received = received + ?, last_sequence = ? where id = ? and last_sequence < ?",
                e.devices().size(), sequence, e.orderId(), sequence) == 1) {
            jdbc.update("""
                    insert into purchase_receipt_view (receipt_id, order_id, invoice_number, invoice_date, devices, received_at)
                    values (?, ?, ?, ?, ?, ?)""", e.receiptId(), e.orderId(), e.invoiceNumber(), java.sql.Date.valueOf(e.invoiceDate()),
                    json(e.devices()), ts(at));
            for (var d : e.devices()) {
                if (d.usefulLifeMonths() > 0) {
                    jdbc.update("""
                            insert into fixed_asset_view (asset_id, cost, currency, acquired, life_months, receipt_id)
                            values (?, ?, ?, ?, ?, ?) on conflict (asset_id) do nothing""", d.assetId(), d.unitPrice().amount(),
                            d.unitPrice().currency(), java.sql.Date.valueOf(e.invoiceDate()), d.usefulLifeMonths(), e.receiptId());
                }
            }
        }
    }

    @EventHandler
    void on(org.backoffice.events.it.purchasing.MonthlyDepreciationPostedEvent e, @Timestamp Instant at) {
        jdbc.update("""
                insert into depreciation_run_view (month, entry_id, assets, total, currency, posted_at, register_position)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (month) do nothing""",
                java.sql.Date.valueOf(java.time.YearMonth.parse(e.month()).atDay(1)), e.entryId(), e.assets(), e.total().amount(),
                e.total().currency(), ts(at), e.registerPosition());
    }

    @EventHandler
    void on(org.backoffice.events.it.purchasing.FixedAssetDisposedEvent e, @Timestamp Instant at) {
        jdbc.update("update fixed_asset_view set disposed_at = ?, disposed_value = ? where asset_id = ? and disposed_at is null",
                ts(at), e.bookValue().amount(), e.assetId());
    }

    @EventHandler
    void on(PurchaseInvoicePostedEvent e, @Timestamp Instant at) {
        jdbc.update("update purchase_receipt_view set entry_id = ?, posting_failure = null, posted_at = ? where receipt_id = ?",
                e.entryId(), ts(at), e.receiptId());
    }

    @EventHandler
    void on(PurchaseInvoicePostingFailedEvent e) {
        jdbc.update("update purchase_receipt_view set posting_failure = ? where receipt_id = ? and entry_id is null",
                e.reason(), e.receiptId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from depreciation_run_view");
        jdbc.update("delete from fixed_asset_view");
        jdbc.update("delete from purchase_receipt_view");
        jdbc.update("delete from purchase_order_view");
        jdbc.update("delete from device_request_view");
        jdbc.update("delete from catalogue_view");
    }
}
