package org.backoffice.query.hr.procedures;

import org.backoffice.events.common.Money;
import org.backoffice.events.hr.ConflictCaseOpenedEvent;
import org.backoffice.events.hr.ConflictCaseResolvedEvent;
import org.backoffice.events.hr.ConflictFollowUpDueEvent;
import org.backoffice.events.hr.ConflictFollowUpScheduledEvent;
import org.backoffice.events.hr.ConflictMediatorAssignedEvent;
import org.backoffice.events.hr.ConflictSessionHeldEvent;
import org.backoffice.events.hr.DisciplinaryActionRecordedEvent;
import org.backoffice.events.hr.DisciplinaryActionWithdrawnEvent;
import org.backoffice.events.hr.DisciplinaryLevel;
import org.backoffice.events.hr.EmployeeHiredEvent;
import org.backoffice.events.hr.PartyNote;
import org.backoffice.events.hr.SealedPersonalData;
import org.backoffice.query.ReadModelDatabase;
import org.backoffice.query.hr.employment.HrProjection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The disciplinary record and the conflict cases read as of an instant, with the personal data
 * opened per person ("sealed:<subject>:<text>" here, unreadable once the subject is in erased).
 */
class ProceduresAsOfTest {

    private static JdbcTemplate jdbc;
    private static ProceduresProjection projection;
    private static HrProjection employees;
    private static ProcedureQueries queries;
    private static final Set<UUID> erased = new HashSet<>();

    @BeforeAll
    static void database() {
        jdbc = ReadModelDatabase.fresh("procedures_as_of");
        projection = new ProceduresProjection(jdbc);
        org.backoffice.query.common.PersonalDataReader reader = (subject, sealed) ->
                erased.contains(subject) || !sealed.startsWith("sealed:" + subject + ":") ? Optional.empty()
                        : Optional.of(sealed.substring(("sealed:" + subject + ":").length()));
        employees = new HrProjectionAccess(jdbc, reader).projection();
        queries = new ProcedureQueries(jdbc, reader);
    }

    /** HrProjection's constructor is package-private: built by reflection, as Spring does. */
    private record HrProjectionAccess(JdbcTemplate jdbc, org.backoffice.query.common.PersonalDataReader reader) {
        HrProjection projection() {
            try {
                var c = HrProjection.class.getDeclaredConstructor(JdbcTemplate.class, org.backoffice.query.common.PersonalDataReader.class);
                c.setAccessible(true);
                return c.newInstance(jdbc, reader);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static UUID hire(String first) throws Exception {
        UUID id = UUID.randomUUID();
        var m = HrProjection.class.getDeclaredMethod("on", EmployeeHiredEvent.class, long.class);
        m.setAccessible(true);
        m.invoke(employees, new EmployeeHiredEvent(id, null, new SealedPersonalData("sealed:" + id + ":" + first,
                "sealed:" + id + ":Doe", "sealed:" + id + ":e"), "Procedures", "Clerk", LocalDate.of(2020, 1, 1),
                Money.of("3000.00", "EUR"), null), 0L);
        return id;
    }

    private static final Instant JAN = Instant.parse("2025-01-10T10:00:00Z");
    private static final Instant MAR = Instant.parse("2025-03-10T10:00:00Z");
    private static final Instant JUN = Instant.parse("2025-06-10T10:00:00Z");

    @Test
    void theRecordAsOfAnInstantWithOldPlainReasonsAndErasedSealedOnes() throws Exception {
        UUID ada = hire("Ada");
        UUID old = UUID.randomUUID();
        UUID sealed = UUID.randomUUID();
        // stored before reasons were sealed and expiries recorded: shown as stored, 24 months assumed
        projection.on(new DisciplinaryActionRecordedEvent(ada, old, DisciplinaryLevel.WRITTEN_WARNING, "late, in plain text",
                LocalDate.of(2023, 1, 5)), JAN);
        projection.on(new DisciplinaryActionRecordedEvent(ada, sealed, DisciplinaryLevel.VERBAL_WARNING, null,
                LocalDate.of(2025, 3, 1), "sealed:" + ada + ":rude", LocalDate.of(2025, 9, 1)), MAR);
        projection.on(new DisciplinaryActionWithdrawnEvent(ada, sealed, "sealed:" + ada + ":apologised", LocalDate.of(2025, 6, 10)), JUN);

        var january = queries.handle(new ProcedureQueries.FindDisciplinaryRecord(ada, JAN)).orElseThrow();
        assertThat(january.actions()).hasSize(1);
        assertThat(january.actions().get(0).reason()).isEqualTo("late, in plain text");
        assertThat(january.actions().get(0).expiresOn()).isEqualTo(LocalDate.of(2025, 1, 5));
        assertThat(january.actions().get(0).expiryAssumed()).isTrue();
        assertThat(january.actions().get(0).status()).as("expired on 2025-01-05").isEqualTo("EXPIRED");
        assertThat(january.warningInWritingActive()).isFalse();
        var earlier = queries.handle(new ProcedureQueries.FindDisciplinaryRecord(ada, Instant.parse("2025-01-04T23:00:00Z")))
                .orElseThrow();
        assertThat(earlier.actions()).as("not yet recorded then").isEmpty();

        var march = queries.handle(new ProcedureQueries.FindDisciplinaryRecord(ada, MAR)).orElseThrow();
        assertThat(march.actions()).extracting(ProcedureQueries.DisciplinaryActionView::status).containsExactly("ACTIVE", "EXPIRED");
        assertThat(march.actions().get(0).reason()).isEqualTo("rude");
        assertThat(march.active()).hasSize(1);

        var june = queries.handle(new ProcedureQueries.FindDisciplinaryRecord(ada, JUN)).orElseThrow();
        assertThat(june.actions().get(0).status()).isEqualTo("WITHDRAWN");
        assertThat(june.actions().get(0).withdrawalReason()).isEqualTo("apologised");

        erased.add(ada);
        var after = queries.handle(new ProcedureQueries.FindDisciplinaryRecord(ada, null)).orElseThrow();
        assertThat(after.actions().get(0).reason()).isEqualTo("[erased]");
        assertThat(after.actions().get(0).withdrawalReason()).isEqualTo("[erased]");
        assertThat(after.actions().get(1).reason()).as("plain text was never sealed").isEqualTo("late, in plain text");
        assertThat(queries.handle(new ProcedureQueries.FindDisciplinaryRecord(UUID.randomUUID(), null))).isEmpty();
    }

    @Test
    void aConflictAsOfAnInstantWithEachPartysNoteOpenedUnderTheirOwnKey() throws Exception {
        UUID bob = hire("Bob");
        UUID cleo = hire("Cleo");
        UUID mediator = hire("Max");
        UUID conflict = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        UUID followUp = UUID.randomUUID();
        UUID met = UUID.randomUUID();
        projection.on(new ConflictCaseOpenedEvent(conflict, List.of(bob, cleo), "the window seat"), JAN);
        projection.on(new ConflictMediatorAssignedEvent(conflict, mediator), 1, JAN);
        projection.on(new ConflictFollowUpScheduledEvent(conflict, met, LocalDate.of(2025, 2, 1), "first talk"), JAN);
        projection.on(new ConflictFollowUpDueEvent(conflict, met, LocalDate.of(2025, 2, 1)), Instant.parse("2025-02-01T00:00:01Z"));
        projection.on(new ConflictSessionHeldEvent(conflict, session, LocalDate.of(2025, 3, 1), mediator, List.of(
                new PartyNote(bob, "sealed:" + bob + ":wants light"), new PartyNote(cleo, "sealed:" + cleo + ":wants air"))), MAR);
        projection.on(new ConflictFollowUpScheduledEvent(conflict, followUp, LocalDate.of(2025, 4, 1), "does it hold?"), MAR);
        projection.on(new ConflictFollowUpDueEvent(conflict, followUp, LocalDate.of(2025, 4, 1)), Instant.parse("2025-04-01T00:00:01Z"));
        projection.on(new ConflictCaseResolvedEvent(conflict, "seats swap monthly"), JUN);

        var february = queries.handle(new ProcedureQueries.FindConflict(conflict, Instant.parse("2025-02-15T00:00:00Z"))).orElseThrow();
        assertThat(february.summary().status()).isEqualTo("OPEN");
        assertThat(february.summary().followUpsDue()).isEqualTo(1);
        assertThat(february.summary().mediator().name()).isEqualTo("Max Doe");
        assertThat(february.followUps()).extracting(ProcedureQueries.ConflictFollowUpView::status).containsExactly("DUE");
        assertThat(queries.handle(new ProcedureQueries.FindConflicts("OPEN", bob, true, Instant.parse("2025-02-15T00:00:00Z"), 0, 10))
                .page().items()).extracting(ProcedureQueries.ConflictSummaryView::id).containsExactly(conflict);

        var march = queries.handle(new ProcedureQueries.FindConflict(conflict, MAR)).orElseThrow();
        assertThat(march.followUps()).extracting(ProcedureQueries.ConflictFollowUpView::status).containsExactly("MET", "PENDING");
        assertThat(march.summary().followUpsDue()).isZero();
        assertThat(march.summary().nextFollowUp()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(march.sessions().get(0).notes()).extracting(ProcedureQueries.SessionNoteView::note)
                .containsExactlyInAnyOrder("wants light", "wants air");

        assertThat(queries.handle(new ProcedureQueries.FindConflicts(null, cleo, true, Instant.parse("2025-04-02T00:00:00Z"), 0, 10))
                .page().total()).isEqualTo(1);

        var june = queries.handle(new ProcedureQueries.FindConflict(conflict, JUN)).orElseThrow();
        assertThat(june.summary().status()).isEqualTo("AGREED");
        assertThat(june.closingText()).isEqualTo("seats swap monthly");
        assertThat(queries.handle(new ProcedureQueries.FindConflicts("OPEN", bob, null, JUN, 0, 10)).page().total()).isZero();
        assertThat(queries.handle(new ProcedureQueries.FindConflict(conflict, Instant.parse("2025-01-01T00:00:00Z")))).isEmpty();

        erased.add(bob);
        var erasedBob = queries.handle(new ProcedureQueries.FindConflict(conflict, null)).orElseThrow();
        assertThat(erasedBob.sessions().get(0).notes()).extracting(ProcedureQueries.SessionNoteView::note)
                .containsExactlyInAnyOrder("[erased]", "wants air");
    }
}
