package org.backoffice.query.it.asset;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.backoffice.events.it.AssetAssignedEvent;
import org.backoffice.events.it.AssetInstalledEvent;
import org.backoffice.events.it.AssetRegisteredEvent;
import org.backoffice.events.it.AssetRepairCompletedEvent;
import org.backoffice.events.it.AssetRetiredEvent;
import org.backoffice.events.it.AssetReturnedEvent;
import org.backoffice.events.it.AssetSentToRepairEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/** Assets with their status, holder and location: the device inventory. Idempotent by sequence number. */
@Component
@ProcessingGroup(InventoryProjection.NAME)
public class InventoryProjection {

    public static final String NAME = "inventory";

    private final JdbcTemplate jdbc;

    InventoryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AssetRegisteredEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (jdbc.update("""
                insert into asset_view (id, type, serial_number, model, purchase_date, purchase_cost, purchase_currency,
                    status, location, registered_at, last_sequence)
                values (?, ?, ?, ?, ?, ?, ?, 'IN_STOCK', ?, ?, ?) on conflict (id) do nothing""",
                e.assetId(), e.type().name(), e.serialNumber(), e.model(),
                e.purchaseDate() == null ? null : java.sql.Date.valueOf(e.purchaseDate()),
                e.purchaseCost() == null ? null : e.purchaseCost().amount(),
                e.purchaseCost() == null ? null : e.purchaseCost().currency(), e.location(),
                java.sql.Timestamp.from(at), sequence) == 1) {
            history(e.assetId(), sequence, at, "IN_STOCK", null, null);
        }
    }

    private void move(UUID asset, long sequence, Instant at, String status, UUID employee, String location) {
        move(asset, sequence, at, status, employee, location, employee, null);
    }

    /** concerned: the new holder, or the one a return or repair took it from; cause: why it came back. */
    private void move(UUID asset, long sequence, Instant at, String status, UUID employee, String location, UUID concerned,
                      String cause) {
        if (jdbc.update("""
                update asset_view set status = ?, employee_id = ?, location = ?, last_sequence = ?
                where id = ? and last_sequence < ?""", status, employee, location, sequence, asset, sequence) == 1) {
            history(asset, sequence, at, status, concerned, cause);
        }
    }

    /**
     * Every status an asset went through, with when and the employee concerned (its new holder, or
     * the one it came back from, and why): the inventory and each employee's devices as of any
     * past instant, and the devices an offboarding returned.
     */
    private void history(UUID asset, long sequence, Instant at, String status, UUID employee, String cause) {
        jdbc.update("insert into asset_status_history (asset_id, sequence, changed_at, status, employee_id, cause) values (?, ?, ?, ?, ?, ?)",
                asset, sequence, java.sql.Timestamp.from(at), status, employee, cause);
    }

    @EventHandler
    void on(AssetInstalledEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        move(e.assetId(), sequence, at, "INSTALLED", null, e.location());
    }

    @EventHandler
    void on(AssetAssignedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        move(e.assetId(), sequence, at, "ASSIGNED", e.employeeId(), null);
    }

    @EventHandler
    void on(AssetReturnedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        move(e.assetId(), sequence, at, "IN_STOCK", null, null, e.fromEmployeeId(), e.cause() == null ? null : e.cause().name());
    }

    @EventHandler
    void on(AssetSentToRepairEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        move(e.assetId(), sequence, at, "IN_REPAIR", null, null, e.fromEmployeeId(), null);
    }

    @EventHandler
    void on(AssetRepairCompletedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        move(e.assetId(), sequence, at, "IN_STOCK", null, null);
    }

    @EventHandler
    void on(AssetRetiredEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        move(e.assetId(), sequence, at, "RETIRED", null, null);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from asset_status_history");
        jdbc.update("delete from asset_view");
    }
}
