package org.backoffice.query.hr.recruiting;

import org.backoffice.events.common.Money;
import org.backoffice.events.hr.ApplicantAppliedEvent;
import org.backoffice.events.hr.ApplicantPersonalDataErasedEvent;
import org.backoffice.events.hr.ApplicantRejectedEvent;
import org.backoffice.events.hr.OfferMadeEvent;
import org.backoffice.events.hr.SealedPersonalData;
import org.backoffice.query.ReadModelDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The applicants read model: stages follow the events once each (a redelivered older event does
 * not move an applicant back), and personal data is shown only while its key exists.
 */
class RecruitingProjectionTest {

    private static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");
    /** Keys shredded so far: their sealed data no longer opens. */
    private static final Set<UUID> SHREDDED = new HashSet<>();
    private static JdbcTemplate jdbc;
    private static RecruitingProjection projection;

    @BeforeAll
    static void database() {
        jdbc = ReadModelDatabase.fresh("recruiting_projection");
        projection = new RecruitingProjection(jdbc,
                (subject, sealed) -> SHREDDED.contains(subject) ? Optional.empty() : Optional.of("opened:" + sealed));
    }

    private static UUID position() {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into position_view (id, title, department, status, opened_at, last_sequence) "
                + "values (?, 'Engineer', 'IT', 'OPEN', now(), 0)", id);
        return id;
    }

    private static RecruitingProjection.ApplicantView only(UUID position) {
        return projection.handle(new RecruitingProjection.FindApplicants(position, null, 0, 10)).orElseThrow()
                .page().items().get(0);
    }

    @Test
    void aStageMovesForwardWithItsEventsAndARedeliveredOlderEventDoesNotMoveItBack() {
        UUID position = position();
        UUID applicant = UUID.randomUUID();
        projection.on(new ApplicantAppliedEvent(applicant, position, new SealedPersonalData("F", "L", "E"), "web"), 0, AT);
        OfferMadeEvent offer = new OfferMadeEvent(applicant, Money.of("5000.00", "EUR"), LocalDate.of(2027, 1, 1));
        projection.on(offer, 1);
        projection.on(new ApplicantRejectedEvent(applicant, "another was hired"), 2);
        projection.on(offer, 1);
        RecruitingProjection.ApplicantView view = only(position);
        assertThat(view.stage()).isEqualTo("REJECTED");
        assertThat(view.offeredSalary()).isEqualTo(Money.of("5000.00", "EUR"));
        assertThat(view.firstName()).isEqualTo("opened:F");
    }

    @Test
    void personalDataReadsErasedOnceItsKeyIsGoneAlsoWhenAppliedAfterwards() {
        UUID position = position();
        UUID applicant = UUID.randomUUID();
        projection.on(new ApplicantAppliedEvent(applicant, position, new SealedPersonalData("F", "L", "E"), null), 0, AT);
        SHREDDED.add(applicant);
        projection.on(new ApplicantPersonalDataErasedEvent(applicant), 1);
        RecruitingProjection.ApplicantView erased = only(position);
        assertThat(erased.firstName()).isEqualTo("[erased]");
        assertThat(erased.email()).isEqualTo("[erased]");
        assertThat(erased.personalDataErased()).isTrue();

        // A replay after the erasure: the key is gone, so nothing is ever opened again.
        UUID replayedPosition = position();
        UUID replayed = UUID.randomUUID();
        SHREDDED.add(replayed);
        projection.on(new ApplicantAppliedEvent(replayed, replayedPosition, new SealedPersonalData("F", "L", "E"), null),
                0, AT);
        assertThat(only(replayedPosition).lastName()).isEqualTo("[erased]");
        assertThat(jdbc.queryForObject("select last_name from applicant_view where id = ?", String.class, replayed))
                .as("nothing of it stored").isNull();
    }
}
