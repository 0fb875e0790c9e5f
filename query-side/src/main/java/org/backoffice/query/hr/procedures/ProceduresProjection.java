package org.backoffice.query.hr.procedures;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.backoffice.events.hr.ConflictCaseEscalatedEvent;
import org.backoffice.events.hr.ConflictCaseOpenedEvent;
import org.backoffice.events.hr.ConflictCaseResolvedEvent;
import org.backoffice.events.hr.ConflictFollowUpDueEvent;
import org.backoffice.events.hr.ConflictFollowUpScheduledEvent;
import org.backoffice.events.hr.ConflictMediatorAssignedEvent;
import org.backoffice.events.hr.ConflictSessionHeldEvent;
import org.backoffice.events.hr.DisciplinaryActionRecordedEvent;
import org.backoffice.events.hr.DisciplinaryActionWithdrawnEvent;
import org.backoffice.events.hr.PartyNote;
import org.backoffice.query.hr.employment.HrProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.Instant;

/**
 * The disciplinary records and the conflict cases, part of the headcount read model. Reasons and
 * notes stay sealed here and are opened when read (so an erasure needs no update). Every row
 * keeps the instant it became known, so the queries answer as of any instant. Each handler is
 * idempotent by the row's key (or the aggregate's sequence number).
 */
@Component
@ProcessingGroup(HrProjection.NAME)
public class ProceduresProjection {

    private final JdbcTemplate jdbc;

    ProceduresProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static java.sql.Timestamp ts(Instant at) {
        return java.sql.Timestamp.from(at);
    }

    @EventHandler
    void on(DisciplinaryActionRecordedEvent e, @Timestamp Instant at) {
        jdbc.update("""
                insert into disciplinary_action_view (action_id, employee_id, level, action_date, expires_on, expiry_assumed,
                    plain_reason, sealed_reason, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (action_id) do nothing""",
                e.actionId(), e.employeeId(), e.level().name(), Date.valueOf(e.date()), Date.valueOf(e.expiresOnOrDefault()),
                e.expiresOn() == null, e.reason(), e.sealedReason(), ts(at));
    }

    @EventHandler
    void on(DisciplinaryActionWithdrawnEvent e, @Timestamp Instant at) {
        jdbc.update("""
                update disciplinary_action_view set withdrawn_at = ?, withdrawn_on = ?, sealed_withdrawal_reason = ?
                where action_id = ? and withdrawn_at is null""",
                ts(at), Date.valueOf(e.withdrawnOn()), e.sealedReason(), e.actionId());
    }

    @EventHandler
    void on(ConflictCaseOpenedEvent e, @Timestamp Instant at) {
        jdbc.update("""
                insert into conflict_case_view (conflict_id, employee_a, employee_b, description, opened_at)
                values (?, ?, ?, ?, ?) on conflict (conflict_id) do nothing""",
                e.conflictId(), e.employeeIds().get(0), e.employeeIds().get(1), e.description(), ts(at));
    }

    private void close(java.util.UUID conflict, String as, String text, Instant at) {
        jdbc.update("update conflict_case_view set closed_as = ?, closed_text = ?, closed_at = ? where conflict_id = ? and closed_at is null",
                as, text, ts(at), conflict);
    }

    @EventHandler
    void on(ConflictCaseResolvedEvent e, @Timestamp Instant at) {
        close(e.conflictId(), "AGREED", e.outcome(), at);
    }

    @EventHandler
    void on(ConflictCaseEscalatedEvent e, @Timestamp Instant at) {
        close(e.conflictId(), "ESCALATED", e.reason(), at);
    }

    @EventHandler
    void on(ConflictMediatorAssignedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update("""
                insert into conflict_mediator_view (conflict_id, sequence, mediator_id, assigned_at) values (?, ?, ?, ?)
                on conflict do nothing""", e.conflictId(), sequence, e.mediatorId(), ts(at));
    }

    @EventHandler
    void on(ConflictSessionHeldEvent e, @Timestamp Instant at) {
        int inserted = jdbc.update("""
                insert into conflict_session_view (session_id, conflict_id, session_date, mediator_id, recorded_at)
                values (?, ?, ?, ?, ?) on conflict (session_id) do nothing""",
                e.sessionId(), e.conflictId(), Date.valueOf(e.date()), e.mediatorId(), ts(at));
        if (inserted == 1) {
            for (PartyNote n : e.notes()) {
                jdbc.update("insert into conflict_session_note_view (session_id, employee_id, sealed_note) values (?, ?, ?)",
                        e.sessionId(), n.employeeId(), n.sealedNote());
            }
        }
    }

    @EventHandler
    void on(ConflictFollowUpScheduledEvent e, @Timestamp Instant at) {
        jdbc.update("""
                insert into conflict_follow_up_view (follow_up_id, conflict_id, follow_up_date, purpose, scheduled_at)
                values (?, ?, ?, ?, ?) on conflict (follow_up_id) do nothing""",
                e.followUpId(), e.conflictId(), Date.valueOf(e.date()), e.purpose(), ts(at));
    }

    @EventHandler
    void on(ConflictFollowUpDueEvent e, @Timestamp Instant at) {
        jdbc.update("update conflict_follow_up_view set due_at = ? where follow_up_id = ? and due_at is null", ts(at), e.followUpId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from disciplinary_action_view");
        jdbc.update("delete from conflict_session_note_view");
        jdbc.update("delete from conflict_session_view");
        jdbc.update("delete from conflict_follow_up_view");
        jdbc.update("delete from conflict_mediator_view");
        jdbc.update("delete from conflict_case_view");
    }
}
