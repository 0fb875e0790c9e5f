package org.backoffice.query.it.licence;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.backoffice.events.it.LicenceRegisteredEvent;
import org.backoffice.events.it.LicenceRenewalDueEvent;
import org.backoffice.events.it.LicenceRenewedEvent;
import org.backoffice.events.it.LicenceSeatAssignedEvent;
import org.backoffice.events.it.LicenceSeatReleasedEvent;
import org.backoffice.events.it.LicenceSeatsChangedEvent;
import org.backoffice.query.it.asset.InventoryProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/**
 * Licences with their seats, part of the inventory read model: each change of seats or renewal
 * date as a version from when it held, each seat with when it was held, so that both answer as
 * of any instant. Idempotent by the licence's sequence numbers.
 */
@Component
@ProcessingGroup(InventoryProjection.NAME)
public class LicenceProjection {

    private final JdbcTemplate jdbc;

    LicenceProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static java.sql.Timestamp ts(Instant at) {
        return java.sql.Timestamp.from(at);
    }

    @EventHandler
    void on(LicenceRegisteredEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (jdbc.update("""
                insert into licence_view (id, product, vendor, seats, cost_amount, cost_currency, billing_period, renewal_date,
                    reminder_days, registered_at, last_sequence)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing""",
                e.licenceId(), e.product(), e.vendor(), e.seats(), e.costPerPeriod().amount(), e.costPerPeriod().currency(),
                e.billingPeriod().name(), java.sql.Date.valueOf(e.renewalDate()), e.reminderDays(), ts(at), sequence) == 1) {
            version(e.licenceId(), sequence, at);
        }
    }

    /** Moves the licence to this sequence; false when it had been applied before (a redelivery). */
    private boolean advance(UUID licence, long sequence, String set, Object... values) {
        Object[] args = new Object[values.length + 3];
        System.arraycopy(values, 0, args, 0, values.length);
        args[values.length] = sequence;
        args[values.length + 1] = licence;
        args[values.length + 2] = sequence;
        return jdbc.update("update licence_view set " + set + ", last_sequence = ? where id = ? and last_sequence < ?", args) == 1;
    }

    private void version(UUID licence, long sequence, Instant at) {
        jdbc.update("""
                insert into licence_version (licence_id, sequence, changed_at, seats, renewal_date)
                select id, ?, ?, seats, renewal_date from licence_view where id = ? on conflict do nothing""", sequence, ts(at), licence);
    }

    @EventHandler
    void on(LicenceSeatsChangedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance(e.licenceId(), sequence, "seats = ?", e.seats())) {
            version(e.licenceId(), sequence, at);
        }
    }

    @EventHandler
    void on(LicenceRenewedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance(e.licenceId(), sequence, "renewal_date = ?, renewal_due_at = null", java.sql.Date.valueOf(e.renewalDate()))) {
            version(e.licenceId(), sequence, at);
        }
    }

    @EventHandler
    void on(LicenceRenewalDueEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        advance(e.licenceId(), sequence, "renewal_due_at = ?", ts(at));
    }

    @EventHandler
    void on(LicenceSeatAssignedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance(e.licenceId(), sequence, "seats = seats")) {
            jdbc.update("""
                    insert into licence_seat_view (licence_id, sequence, holder_id, employee_id, asset_id, assigned_at)
                    values (?, ?, ?, ?, ?, ?)""", e.licenceId(), sequence, e.employeeId() != null ? e.employeeId() : e.assetId(),
                    e.employeeId(), e.assetId(), ts(at));
        }
    }

    @EventHandler
    void on(LicenceSeatReleasedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance(e.licenceId(), sequence, "seats = seats")) {
            jdbc.update("""
                    update licence_seat_view set released_at = ?, release_cause = ?
                    where licence_id = ? and holder_id = ? and released_at is null""",
                    ts(at), e.cause().name(), e.licenceId(), e.employeeId() != null ? e.employeeId() : e.assetId());
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from licence_seat_view");
        jdbc.update("delete from licence_version");
        jdbc.update("delete from licence_view");
    }
}
