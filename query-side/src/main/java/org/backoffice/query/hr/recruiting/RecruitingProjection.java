package org.backoffice.query.hr.recruiting;

import io.swagger.v3.oas.annotations.media.Schema;
import org.backoffice.query.hr.employment.HrProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.backoffice.events.common.Money;
import org.backoffice.events.hr.ApplicantAppliedEvent;
import org.backoffice.events.hr.ApplicantHiredEvent;
import org.backoffice.events.hr.ApplicantPersonalDataErasedEvent;
import org.backoffice.events.hr.ApplicantRejectedEvent;
import org.backoffice.events.hr.ApplicationWithdrawnEvent;
import org.backoffice.events.hr.InterviewFeedbackGivenEvent;
import org.backoffice.events.hr.InterviewScheduledEvent;
import org.backoffice.events.hr.OfferMadeEvent;
import org.backoffice.query.common.PageView;
import org.backoffice.query.common.PersonalDataReader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Applicants by position with their stage, interviews and feedback; part of the headcount read models. */
@Component
@ProcessingGroup(HrProjection.NAME)
public class RecruitingProjection {

    private final JdbcTemplate jdbc;
    private final PersonalDataReader personalData;

    RecruitingProjection(JdbcTemplate jdbc, PersonalDataReader personalData) {
        this.jdbc = jdbc;
        this.personalData = personalData;
    }

    public record FindApplicants(UUID positionId, String stage, int page, int size) {
    }

    public record FeedbackView(UUID interviewerId, @Schema(allowableValues = {"HIRE", "NO_HIRE"}) String recommendation, String notes) {
    }

    public record InterviewView(UUID id, Instant at, List<UUID> interviewerIds, List<FeedbackView> feedback) {
    }

    public record ApplicantView(UUID id, UUID positionId, String firstName, String lastName, String email,
                                Boolean personalDataErased, String source, @Schema(allowableValues = {"APPLIED", "INTERVIEW", "OFFER", "HIRED", "REJECTED", "WITHDRAWN"}) String stage, String stageReason,
                                Money offeredSalary, LocalDate offeredStartDate, UUID employeeId, Instant appliedAt,
                                List<InterviewView> interviews) {

        /** For REPORTING: no name, e-mail, offered salary or interviewers' notes; stages and counts stay. */
        public ApplicantView withoutPersonalData() {
            return new ApplicantView(id, positionId, null, null, null, null, source, stage, stageReason, null,
                    offeredStartDate, employeeId, appliedAt, interviews.stream()
                    .map(i -> new InterviewView(i.id(), i.at(), i.interviewerIds(), i.feedback().stream()
                            .map(f -> new FeedbackView(f.interviewerId(), f.recommendation(), null)).toList()))
                    .toList());
        }
    }

    /** Non-generic for Axon's response type matching. */
    public record ApplicantList(PageView<ApplicantView> page) {
    }

    private String open(UUID applicant, String sealed) {
        return personalData.open(applicant, sealed).orElse(null);
    }

    private boolean advance(UUID id, long sequence) {
        return jdbc.update("update applicant_view set last_sequence = ? where id = ? and last_sequence < ?",
                sequence, id, sequence) == 1;
    }

    @EventHandler
    void on(ApplicantAppliedEvent e, @SequenceNumber long sequence, @org.axonframework.eventhandling.Timestamp Instant at) {
        String first = open(e.applicantId(), e.personalData().firstName());
        boolean erased = first == null;
        jdbc.update("""
                insert into applicant_view (id, position_id, first_name, last_name, email, personal_data_erased, source,
                    stage, applied_at, last_sequence)
                values (?, ?, ?, ?, ?, ?, ?, 'APPLIED', ?, ?) on conflict (id) do nothing""",
                e.applicantId(), e.positionId(), first, erased ? null : open(e.applicantId(), e.personalData().lastName()),
                erased ? null : open(e.applicantId(), e.personalData().email()), erased, e.source(),
                java.sql.Timestamp.from(at), sequence);
    }

    @EventHandler
    void on(InterviewScheduledEvent e, @SequenceNumber long sequence) {
        if (advance(e.applicantId(), sequence)) {
            jdbc.update("update applicant_view set stage = 'INTERVIEW' where id = ?", e.applicantId());
            jdbc.update("insert into applicant_interview (applicant_id, interview_id, at, interviewer_ids) values (?, ?, ?, ?)",
                    e.applicantId(), e.interviewId(), java.sql.Timestamp.from(e.at()),
                    e.interviewerIds().stream().map(UUID::toString).collect(Collectors.joining(",")));
        }
    }

    @EventHandler
    void on(InterviewFeedbackGivenEvent e, @SequenceNumber long sequence) {
        if (advance(e.applicantId(), sequence)) {
            jdbc.update("""
                    insert into applicant_feedback (applicant_id, interview_id, interviewer_id, recommendation, notes)
                    values (?, ?, ?, ?, ?)""", e.applicantId(), e.interviewId(), e.interviewerId(),
                    e.recommendation().name(), e.notes());
        }
    }

    @EventHandler
    void on(OfferMadeEvent e, @SequenceNumber long sequence) {
        if (advance(e.applicantId(), sequence)) {
            jdbc.update("""
                    update applicant_view set stage = 'OFFER', offered_salary = ?, offered_currency = ?, offered_start = ?
                    where id = ?""", e.monthlySalary().amount(), e.monthlySalary().currency(),
                    Date.valueOf(e.startDate()), e.applicantId());
        }
    }

    @EventHandler
    void on(ApplicantHiredEvent e, @SequenceNumber long sequence) {
        if (advance(e.applicantId(), sequence)) {
            jdbc.update("update applicant_view set stage = 'HIRED', employee_id = ? where id = ?", e.employeeId(),
                    e.applicantId());
        }
    }

    @EventHandler
    void on(ApplicantRejectedEvent e, @SequenceNumber long sequence) {
        if (advance(e.applicantId(), sequence)) {
            jdbc.update("update applicant_view set stage = 'REJECTED', stage_reason = ? where id = ?", e.reason(),
                    e.applicantId());
        }
    }

    @EventHandler
    void on(ApplicationWithdrawnEvent e, @SequenceNumber long sequence) {
        if (advance(e.applicantId(), sequence)) {
            jdbc.update("update applicant_view set stage = 'WITHDRAWN' where id = ?", e.applicantId());
        }
    }

    @EventHandler
    void on(ApplicantPersonalDataErasedEvent e, @SequenceNumber long sequence) {
        if (advance(e.applicantId(), sequence)) {
            jdbc.update("""
                    update applicant_view set first_name = null, last_name = null, email = null, personal_data_erased = true
                    where id = ?""", e.applicantId());
        }
    }

    @QueryHandler
    public java.util.Optional<ApplicantList> handle(FindApplicants q) {
        Long positions = jdbc.queryForObject("select count(*) from position_view where id = ?", Long.class, q.positionId());
        if (positions == null || positions == 0) {
            return java.util.Optional.empty();
        }
        String where = " where position_id = ? and (cast(? as varchar) is null or stage = ?)";
        Long total = jdbc.queryForObject("select count(*) from applicant_view" + where, Long.class, q.positionId(),
                q.stage(), q.stage());
        List<ApplicantView> items = jdbc.query("select * from applicant_view" + where
                + " order by applied_at, id limit ? offset ?", (rs, i) -> {
            UUID id = rs.getObject("id", UUID.class);
            List<InterviewView> interviews = jdbc.query("select * from applicant_interview where applicant_id = ? order by at",
                    (x, j) -> {
                        UUID interview = x.getObject("interview_id", UUID.class);
                        return new InterviewView(interview, x.getTimestamp("at").toInstant(),
                                Arrays.stream(x.getString("interviewer_ids").split(",")).map(UUID::fromString).toList(),
                                jdbc.query("""
                                        select * from applicant_feedback where applicant_id = ? and interview_id = ?
                                        order by interviewer_id""", (f, k) -> new FeedbackView(
                                        f.getObject("interviewer_id", UUID.class), f.getString("recommendation"),
                                        f.getString("notes")), id, interview));
                    }, id);
            boolean erased = rs.getBoolean("personal_data_erased");
            java.math.BigDecimal salary = rs.getBigDecimal("offered_salary");
            Date start = rs.getDate("offered_start");
            return new ApplicantView(id, rs.getObject("position_id", UUID.class),
                    erased ? "[erased]" : rs.getString("first_name"), erased ? "[erased]" : rs.getString("last_name"),
                    erased ? "[erased]" : rs.getString("email"), erased, rs.getString("source"), rs.getString("stage"),
                    rs.getString("stage_reason"),
                    salary == null ? null : new Money(salary, rs.getString("offered_currency").strip()),
                    start == null ? null : start.toLocalDate(), rs.getObject("employee_id", UUID.class),
                    rs.getTimestamp("applied_at").toInstant(), interviews);
        }, q.positionId(), q.stage(), q.stage(), q.size(), (long) q.page() * q.size());
        return java.util.Optional.of(new ApplicantList(new PageView<>(items, q.page(), q.size(), total == null ? 0 : total)));
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from applicant_feedback");
        jdbc.update("delete from applicant_interview");
        jdbc.update("delete from applicant_view");
    }
}
