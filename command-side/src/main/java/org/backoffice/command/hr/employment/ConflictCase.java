package org.backoffice.command.hr.employment;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.backoffice.command.hr.PersonalDataVault;
import org.backoffice.command.hr.employment.Commands.AssignConflictMediatorCommand;
import org.backoffice.command.hr.employment.Commands.ConflictSessionNote;
import org.backoffice.command.hr.employment.Commands.EscalateConflictCaseCommand;
import org.backoffice.command.hr.employment.Commands.OpenConflictCaseCommand;
import org.backoffice.command.hr.employment.Commands.RecordConflictSessionCommand;
import org.backoffice.command.hr.employment.Commands.ResolveConflictCaseCommand;
import org.backoffice.command.hr.employment.Commands.ScheduleConflictFollowUpCommand;
import org.backoffice.events.hr.ConflictCaseEscalatedEvent;
import org.backoffice.events.hr.ConflictCaseOpenedEvent;
import org.backoffice.events.hr.ConflictCaseResolvedEvent;
import org.backoffice.events.hr.ConflictFollowUpDueEvent;
import org.backoffice.events.hr.ConflictFollowUpScheduledEvent;
import org.backoffice.events.hr.ConflictMediatorAssignedEvent;
import org.backoffice.events.hr.ConflictSessionHeldEvent;
import org.backoffice.events.hr.PartyNote;
import org.backoffice.events.hr.RetentionClass;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.backoffice.command.common.CommandRejectedException.conflict;
import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/**
 * A conflict between exactly two different active employees, followed to its end: a mediator
 * (another active employee), sessions with a note per party (each sealed under that party's own
 * HR-file key), follow-up dates with durable reminders, and an agreement or an escalation that
 * closes it.
 */
@Aggregate
public class ConflictCase {

    /** The deadline on a follow-up's day: the follow-up becomes due. */
    static final String FOLLOW_UP_DUE = "conflict-follow-up-due";

    @AggregateIdentifier
    private UUID conflictId;
    private List<UUID> employeeIds;
    private String description;
    private LocalDate openedOn;
    private UUID mediatorId;
    /** AGREED or ESCALATED once closed. */
    private String closedAs;
    private final Set<UUID> sessions = new HashSet<>();
    /** Follow-up day by id; removed once due. */
    private final Map<UUID, LocalDate> followUps = new HashMap<>();
    private final Set<UUID> followUpsDue = new HashSet<>();

    protected ConflictCase() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(OpenConflictCaseCommand c, EmployeeDirectory directory, Clock clock) {
        if (conflictId != null) {
            if (!Objects.equals(employeeIds, c.employeeIds()) || !Objects.equals(description, c.description())) {
                throw conflict("conflict case " + c.conflictId() + " already exists with different details");
            }
            return;
        }
        if (c.employeeIds().size() != 2 || new HashSet<>(c.employeeIds()).size() != 2) {
            throw ruleViolated("a conflict case is between exactly two different employees");
        }
        LocalDate today = LocalDate.now(clock);
        for (UUID employee : c.employeeIds()) {
            if (!directory.isActiveOn(employee, today)) {
                throw ruleViolated("employee " + employee + " is not an active employee");
            }
        }
        apply(new ConflictCaseOpenedEvent(c.conflictId(), List.copyOf(c.employeeIds()), c.description()));
    }

    private void requireOpen(String what) {
        if (closedAs != null) {
            throw conflict("conflict case " + conflictId + " is closed (" + closedAs + "): cannot " + what);
        }
    }

    /** The agreement of the parties: closes the case, once. */
    @CommandHandler
    public void handle(ResolveConflictCaseCommand c) {
        if ("AGREED".equals(closedAs)) {
            throw conflict("conflict case " + conflictId + " is already resolved");
        }
        requireOpen("record an agreement");
        apply(new ConflictCaseResolvedEvent(conflictId, c.outcome()));
    }

    @CommandHandler
    public void handle(EscalateConflictCaseCommand c) {
        requireOpen("escalate");
        apply(new ConflictCaseEscalatedEvent(conflictId, c.reason()));
    }

    /** The mediator from now on: an active employee other than the parties (the same one again changes nothing). */
    @CommandHandler
    public void handle(AssignConflictMediatorCommand c, EmployeeDirectory directory, Clock clock) {
        requireOpen("assign a mediator");
        if (c.mediatorId().equals(mediatorId)) {
            return;
        }
        if (employeeIds.contains(c.mediatorId())) {
            throw ruleViolated("mediatorId", "a party to the conflict cannot mediate it");
        }
        if (!directory.isActiveOn(c.mediatorId(), LocalDate.now(clock))) {
            throw ruleViolated("mediatorId", "the mediator " + c.mediatorId() + " is not an active employee");
        }
        apply(new ConflictMediatorAssignedEvent(conflictId, c.mediatorId()));
    }

    /**
     * A session held with the mediator, dated neither in the future nor before the case was
     * opened, with at most one note per party (and none for anyone else). Each note is sealed
     * under its party's HR-file key. The same session id again records nothing.
     */
    @CommandHandler
    public void handle(RecordConflictSessionCommand c, PersonalDataVault vault, Clock clock) {
        if (sessions.contains(c.sessionId())) {
            return;
        }
        requireOpen("record a session");
        if (mediatorId == null) {
            throw ruleViolated("a session needs a mediator: assign one first");
        }
        LocalDate today = LocalDate.now(clock);
        if (c.date().isAfter(today)) {
            throw ruleViolated("date", "a session cannot be dated in the future (" + c.date() + ", today is " + today + ")");
        }
        if (openedOn != null && c.date().isBefore(openedOn)) {
            throw ruleViolated("date", "a session cannot be dated before the case was opened (" + openedOn + ")");
        }
        Set<UUID> noted = new HashSet<>();
        List<PartyNote> notes = new ArrayList<>();
        for (int i = 0; i < c.notes().size(); i++) {
            ConflictSessionNote n = c.notes().get(i);
            if (!employeeIds.contains(n.employeeId())) {
                throw ruleViolated("notes[" + i + "].employeeId", "employee " + n.employeeId() + " is not a party to the conflict");
            }
            if (!noted.add(n.employeeId())) {
                throw ruleViolated("notes[" + i + "].employeeId", "one note per party: employee " + n.employeeId() + " has two");
            }
        }
        for (ConflictSessionNote n : c.notes()) {
            notes.add(new PartyNote(n.employeeId(), vault.seal(n.employeeId(), RetentionClass.HR_FILE, n.note())));
        }
        apply(new ConflictSessionHeldEvent(conflictId, c.sessionId(), c.date(), mediatorId, List.copyOf(notes)));
    }

    /**
     * A follow-up on a day from today on, with a durable reminder (db-scheduler in PostgreSQL:
     * it fires after a restart too, and once across instances) that marks it due on its day.
     */
    @CommandHandler
    public void handle(ScheduleConflictFollowUpCommand c, DeadlineManager deadlines, Clock clock) {
        if (followUps.containsKey(c.followUpId()) || followUpsDue.contains(c.followUpId())) {
            return;
        }
        requireOpen("schedule a follow-up");
        LocalDate today = LocalDate.now(clock);
        if (c.date().isBefore(today)) {
            throw ruleViolated("date", "a follow-up cannot be in the past (" + c.date() + ", today is " + today + ")");
        }
        apply(new ConflictFollowUpScheduledEvent(conflictId, c.followUpId(), c.date(), c.purpose()));
        deadlines.schedule(c.date().atStartOfDay(ZoneOffset.UTC).toInstant(), FOLLOW_UP_DUE, c.followUpId());
    }

    /** A follow-up's day has come: due, unless the case was closed since (then there is nothing to follow up). */
    @DeadlineHandler(deadlineName = FOLLOW_UP_DUE)
    void followUpDue(UUID followUpId) {
        LocalDate day = followUps.get(followUpId);
        if (day != null && closedAs == null) {
            apply(new ConflictFollowUpDueEvent(conflictId, followUpId, day));
        }
    }

    @EventSourcingHandler
    void on(ConflictCaseOpenedEvent e, @Timestamp Instant at) {
        conflictId = e.conflictId();
        employeeIds = e.employeeIds();
        description = e.description();
        openedOn = LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    @EventSourcingHandler
    void on(ConflictCaseResolvedEvent e) {
        closedAs = "AGREED";
    }

    @EventSourcingHandler
    void on(ConflictCaseEscalatedEvent e) {
        closedAs = "ESCALATED";
    }

    @EventSourcingHandler
    void on(ConflictMediatorAssignedEvent e) {
        mediatorId = e.mediatorId();
    }

    @EventSourcingHandler
    void on(ConflictSessionHeldEvent e) {
        sessions.add(e.sessionId());
    }

    @EventSourcingHandler
    void on(ConflictFollowUpScheduledEvent e) {
        followUps.put(e.followUpId(), e.date());
    }

    @EventSourcingHandler
    void on(ConflictFollowUpDueEvent e) {
        followUps.remove(e.followUpId());
        followUpsDue.add(e.followUpId());
    }
}
