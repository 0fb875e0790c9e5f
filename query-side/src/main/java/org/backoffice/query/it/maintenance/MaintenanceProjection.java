package org.backoffice.query.it.maintenance;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.backoffice.events.it.AssetWarrantyEndingEvent;
import org.backoffice.events.it.AssetWarrantySetEvent;
import org.backoffice.events.it.MaintenanceDoneEvent;
import org.backoffice.events.it.MaintenanceDueEvent;
import org.backoffice.events.it.MaintenancePlannedEvent;
import org.backoffice.query.it.asset.InventoryProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.Instant;

/** Warranties and maintenance plans, part of the inventory read model; every maintenance done kept, for the plans as of any instant. */
@Component
@ProcessingGroup(InventoryProjection.NAME)
public class MaintenanceProjection {

    private final JdbcTemplate jdbc;

    MaintenanceProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AssetWarrantySetEvent e) {
        jdbc.update("update asset_view set warranty_ends = ?, warranty_reminded_at = null where id = ?", Date.valueOf(e.endsOn()), e.assetId());
    }

    @EventHandler
    void on(AssetWarrantyEndingEvent e, @Timestamp Instant at) {
        jdbc.update("update asset_view set warranty_reminded_at = ? where id = ? and warranty_ends = ?", java.sql.Timestamp.from(at),
                e.assetId(), Date.valueOf(e.endsOn()));
    }

    @EventHandler
    void on(MaintenancePlannedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update("""
                insert into maintenance_plan_view (id, asset_id, task, interval_months, first_due, next_due, reminder_days, planned_at, last_sequence)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing""", e.planId(), e.assetId(), e.task(), e.intervalMonths(),
                Date.valueOf(e.nextDue()), Date.valueOf(e.nextDue()), e.reminderDays(), java.sql.Timestamp.from(at), sequence);
    }

    @EventHandler
    void on(MaintenanceDueEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update("update maintenance_plan_view set reminded_at = ?, last_sequence = ? where id = ? and next_due = ? and last_sequence < ?",
                java.sql.Timestamp.from(at), sequence, e.planId(), Date.valueOf(e.dueOn()), sequence);
    }

    @EventHandler
    void on(MaintenanceDoneEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (jdbc.update("update maintenance_plan_view set next_due = ?, reminded_at = null, last_sequence = ? where id = ? and last_sequence < ?",
                Date.valueOf(e.nextDue()), sequence, e.planId(), sequence) == 1) {
            jdbc.update("insert into maintenance_done_view (plan_id, sequence, done_on, next_due, note, recorded_at) values (?, ?, ?, ?, ?, ?)",
                    e.planId(), sequence, Date.valueOf(e.doneOn()), Date.valueOf(e.nextDue()), e.note(), java.sql.Timestamp.from(at));
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from maintenance_done_view");
        jdbc.update("delete from maintenance_plan_view");
    }
}
