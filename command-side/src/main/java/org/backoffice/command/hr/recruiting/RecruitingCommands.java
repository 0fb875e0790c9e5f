package org.backoffice.command.hr.recruiting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.backoffice.events.common.Money;
import org.backoffice.events.hr.Recommendation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public final class RecruitingCommands {

    private RecruitingCommands() {
    }

    /** Handled by {@link RecruitingHandler}: the position must be open. */
    public record ApplyCommand(UUID applicantId, UUID positionId, String firstName, String lastName, String email,
                               String source) {
    }

    public record ScheduleInterviewCommand(@TargetAggregateIdentifier UUID applicantId, UUID interviewId, Instant at,
                                           List<UUID> interviewerIds) {
    }

    public record GiveInterviewFeedbackCommand(@TargetAggregateIdentifier UUID applicantId, UUID interviewId,
                                               UUID interviewerId, Recommendation recommendation, String notes) {
    }

    public record MakeOfferCommand(@TargetAggregateIdentifier UUID applicantId, Money monthlySalary, LocalDate startDate) {
    }

    /** Handled by {@link RecruitingHandler}: hires the applicant into the position. */
    public record AcceptOfferCommand(UUID applicantId) {
    }

    public record RejectApplicantCommand(@TargetAggregateIdentifier UUID applicantId, String reason) {
    }

    public record WithdrawApplicationCommand(@TargetAggregateIdentifier UUID applicantId) {
    }

    /** The employee an accepted applicant becomes: derived, so that a repeated acceptance hires once. */
    public static UUID employeeIdOf(UUID applicantId) {
        return UUID.nameUUIDFromBytes(("backoffice:hire-of-applicant:" + applicantId).getBytes(StandardCharsets.UTF_8));
    }
}
