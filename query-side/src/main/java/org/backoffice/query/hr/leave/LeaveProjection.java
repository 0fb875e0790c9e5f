package org.backoffice.query.hr.leave;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.backoffice.events.hr.LeaveAccountOpenedEvent;
import org.backoffice.events.hr.LeaveAccountSettledEvent;
import org.backoffice.events.hr.LeaveApprovedEvent;
import org.backoffice.events.hr.LeaveCancelledEvent;
import org.backoffice.events.hr.LeaveEntitlementChangedEvent;
import org.backoffice.events.hr.LeaveRefusedEvent;
import org.backoffice.events.hr.LeaveRequestedEvent;
import org.backoffice.query.hr.employment.HrProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.Instant;
import java.util.UUID;

/**
 * Leave accounts, their entitlements and every leave with its working days, part of the
 * headcount read model. The note stays sealed here and is opened when read, so an erasure needs
 * no update. Idempotent by the account's sequence numbers.
 */
@Component
@ProcessingGroup(HrProjection.NAME)
public class LeaveProjection {

    private final JdbcTemplate jdbc;

    LeaveProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static java.sql.Timestamp ts(Instant at) {
        return java.sql.Timestamp.from(at);
    }

    /** Moves the account to this sequence; false when the event had been applied before. */
    private boolean advance(UUID employee, long sequence) {
        return jdbc.update("update leave_account_view set last_sequence = ? where employee_id = ? and last_sequence < ?",
                sequence, employee, sequence) == 1;
    }

    @EventHandler
    void on(LeaveAccountOpenedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update("""
                insert into leave_account_view (employee_id, annual_days, carry_over_limit, carry_over_deadline, opened_at,
                    last_sequence)
                values (?, ?, ?, ?, ?, ?) on conflict (employee_id) do nothing""", e.employeeId(), e.rules().annualDays(),
                e.rules().carryOverLimit(), e.rules().carryOverDeadline().toString(), ts(at), sequence);
    }

    @EventHandler
    void on(LeaveEntitlementChangedEvent e, @SequenceNumber long sequence) {
        if (advance(e.employeeId(), sequence)) {
            jdbc.update("""
                    insert into leave_entitlement_view (employee_id, from_year, annual_days) values (?, ?, ?)
                    on conflict (employee_id, from_year) do update set annual_days = excluded.annual_days""",
                    e.employeeId(), e.fromYear(), e.annualDays());
        }
    }

    @EventHandler
    void on(LeaveRequestedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance(e.employeeId(), sequence)) {
            jdbc.update("""
                    insert into leave_view (leave_id, employee_id, type, first_day, last_day, working_days, day_count,
                        sealed_note, status, requested_at)
                    values (?, ?, ?, ?, ?, cast(? as date[]), ?, ?, 'REQUESTED', ?)""", e.leaveId(), e.employeeId(), e.type().name(),
                    Date.valueOf(e.firstDay()), Date.valueOf(e.lastDay()),
                    e.workingDays().stream().map(Object::toString).collect(java.util.stream.Collectors.joining(",", "{", "}")),
                    e.workingDays().size(), e.sealedNote(), ts(at));
        }
    }

    private void decide(UUID employee, long sequence, UUID leave, String status, String reason, Instant at) {
        if (advance(employee, sequence)) {
            jdbc.update("update leave_view set status = ?, decision_reason = ?, decided_at = ? where leave_id = ?",
                    status, reason, ts(at), leave);
        }
    }

    @EventHandler
    void on(LeaveApprovedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        decide(e.employeeId(), sequence, e.leaveId(), "APPROVED", null, at);
    }

    @EventHandler
    void on(LeaveRefusedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        decide(e.employeeId(), sequence, e.leaveId(), "REFUSED", e.reason(), at);
    }

    @EventHandler
    void on(LeaveCancelledEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        decide(e.employeeId(), sequence, e.leaveId(), "CANCELLED", e.reason(), at);
    }

    @EventHandler
    void on(LeaveAccountSettledEvent e, @SequenceNumber long sequence) {
        if (advance(e.employeeId(), sequence)) {
            jdbc.update("update leave_account_view set settled_on = ?, untaken_days = ?, paid_out = ? where employee_id = ?",
                    Date.valueOf(e.lastDay()), e.untakenDays(), e.paidOut(), e.employeeId());
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from leave_view");
        jdbc.update("delete from leave_entitlement_view");
        jdbc.update("delete from leave_account_view");
    }
}
