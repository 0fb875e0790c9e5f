package org.backoffice.command.hr.recruiting;

import org.backoffice.command.hr.recruiting.RecruitingCommands.ApplyCommand;
import org.backoffice.command.hr.employment.Commands.HireEmployeeCommand;
import org.backoffice.command.hr.employment.PositionFacts;
import org.backoffice.command.hr.PersonalDataVault;
import org.backoffice.command.hr.MonthlySalary;
import org.backoffice.command.hr.employment.EmployeeDirectory;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.backoffice.command.hr.recruiting.RecruitingCommands.GiveInterviewFeedbackCommand;
import org.backoffice.command.hr.recruiting.RecruitingCommands.MakeOfferCommand;
import org.backoffice.command.hr.recruiting.RecruitingCommands.RejectApplicantCommand;
import org.backoffice.command.hr.recruiting.RecruitingCommands.ScheduleInterviewCommand;
import org.backoffice.command.hr.recruiting.RecruitingCommands.WithdrawApplicationCommand;
import org.backoffice.events.common.Money;
import org.backoffice.events.hr.ApplicantAppliedEvent;
import org.backoffice.events.hr.ApplicantHiredEvent;
import org.backoffice.events.hr.ApplicantPersonalDataErasedEvent;
import org.backoffice.events.hr.ApplicantRejectedEvent;
import org.backoffice.events.hr.ApplicationWithdrawnEvent;
import org.backoffice.events.hr.InterviewFeedbackGivenEvent;
import org.backoffice.events.hr.InterviewScheduledEvent;
import org.backoffice.events.hr.OfferMadeEvent;
import org.backoffice.events.hr.SealedPersonalData;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.backoffice.command.common.CommandRejectedException.conflict;
import static org.backoffice.command.common.CommandRejectedException.notFound;
import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/**
 * Someone applying for an open position: APPLIED, INTERVIEW once an interview is scheduled, OFFER
 * once an offer is made, HIRED when the offer is accepted (RecruitingHandler), or REJECTED or
 * WITHDRAWN on the way. A rejected or withdrawn applicant's personal data is erased by itself when
 * the retention period has passed (a durable deadline).
 */
@Revision("1")
@Aggregate(repository = "applicantRepository")  // cached: infra AggregateLoadingConfiguration
public class Applicant {

    public enum Stage { APPLIED, INTERVIEW, OFFER, HIRED, REJECTED, WITHDRAWN }

    static final String RETENTION_ENDS = "applicant-retention-ends";

    @AggregateIdentifier
    private UUID applicantId;
    private UUID positionId;
    private SealedPersonalData personalData;
    private String source;
    private Stage stage;
    private Money offeredSalary;
    private LocalDate offeredStart;
    private boolean erased;
    /** Interviewers by interview, and who of them has given feedback. */
    private final Map<UUID, List<UUID>> interviews = new HashMap<>();
    private final Set<String> feedback = new HashSet<>();

    protected Applicant() {
    }

    boolean exists() {
        return applicantId != null;
    }

    /** A repeat of the same application (same position and source; the sealed data cannot be compared). */
    boolean sameApplication(UUID position, String sourceGiven) {
        return Objects.equals(positionId, position) && Objects.equals(source, sourceGiven);
    }

    /** Applies for the position, given its facts: only an open one takes applications. */
    void applyFor(ApplyCommand c, PositionFacts position, PersonalDataVault vault) {
        if (!position.open()) {
            throw conflict("position " + c.positionId() + " is not open: it is " + position.status());
        }
        SealedPersonalData sealed = new SealedPersonalData(vault.seal(c.applicantId(), c.firstName()),
                vault.seal(c.applicantId(), c.lastName()), vault.seal(c.applicantId(), c.email()));
        apply(new ApplicantAppliedEvent(c.applicantId(), c.positionId(), sealed, c.source()));
    }

    boolean isHired() {
        return stage == Stage.HIRED;
    }

    /**
     * The hire that accepting the offer makes, decided with the position's facts: only an offer
     * is accepted, and only while the position is open (else the answer says who filled it).
     * The applicant's personal data becomes the employee's.
     */
    HireEmployeeCommand hireOnAcceptance(UUID employeeId, PositionFacts position, PersonalDataVault vault) {
        if (stage != Stage.OFFER) {
            throw conflict("applicant " + applicantId + " is " + stage + ": only an offer can be accepted");
        }
        if (!position.open()) {
            throw conflict("position " + positionId + " is no longer open (" + position.status()
                    + (position.filledBy() != null ? " by employee " + position.filledBy() : "")
                    + "): this offer can no longer be accepted");
        }
        String first = vault.open(applicantId, personalData.firstName()).orElseThrow(this::erased);
        String last = vault.open(applicantId, personalData.lastName()).orElseThrow(this::erased);
        String email = vault.open(applicantId, personalData.email()).orElseThrow(this::erased);
        return new HireEmployeeCommand(employeeId, positionId, first, last, email, position.department(),
                position.title(), offeredStart, offeredSalary, null);
    }

    private RuntimeException erased() {
        return conflict("the personal data of applicant " + applicantId + " has been erased");
    }

    UUID positionId() {
        return positionId;
    }

    Stage stage() {
        return stage;
    }

    SealedPersonalData personalData() {
        return personalData;
    }

    Money offeredSalary() {
        return offeredSalary;
    }

    LocalDate offeredStart() {
        return offeredStart;
    }

    private void requireStage(String action, Stage... allowed) {
        for (Stage s : allowed) {
            if (stage == s) {
                return;
            }
        }
        throw conflict("applicant " + applicantId + " is " + stage + ": cannot " + action);
    }

    @CommandHandler
    public void handle(ScheduleInterviewCommand c, EmployeeDirectory directory, Clock clock) {
        if (interviews.containsKey(c.interviewId())) {
            if (!interviews.get(c.interviewId()).equals(List.copyOf(c.interviewerIds()))) {
                throw conflict("interview " + c.interviewId() + " already exists with other interviewers");
            }
            return; // the same interview again
        }
        requireStage("schedule an interview", Stage.APPLIED, Stage.INTERVIEW);
        if (c.interviewerIds().isEmpty() || Set.copyOf(c.interviewerIds()).size() != c.interviewerIds().size()) {
            throw ruleViolated("an interview needs one or more different interviewers");
        }
        LocalDate today = LocalDate.now(clock);
        for (UUID interviewer : c.interviewerIds()) {
            if (!directory.isActiveOn(interviewer, today)) {
                throw ruleViolated("the interviewer " + interviewer + " is not an active employee");
            }
        }
        apply(new InterviewScheduledEvent(applicantId, c.interviewId(), c.at(), List.copyOf(c.interviewerIds())));
    }

    @CommandHandler
    public void handle(GiveInterviewFeedbackCommand c) {
        List<UUID> interviewers = interviews.get(c.interviewId());
        if (interviewers == null) {
            throw notFound("interview " + c.interviewId() + " of applicant " + applicantId + " does not exist");
        }
        if (!interviewers.contains(c.interviewerId())) {
            throw ruleViolated("employee " + c.interviewerId() + " is not an interviewer of interview " + c.interviewId());
        }
        if (feedback.contains(c.interviewId() + "/" + c.interviewerId())) {
            throw conflict("interviewer " + c.interviewerId() + " has already given feedback on interview " + c.interviewId());
        }
        requireStage("take interview feedback", Stage.INTERVIEW, Stage.OFFER);
        apply(new InterviewFeedbackGivenEvent(applicantId, c.interviewId(), c.interviewerId(), c.recommendation(),
                c.notes()));
    }

    @CommandHandler
    public void handle(MakeOfferCommand c, Clock clock) {
        if (stage == Stage.OFFER && Objects.equals(offeredSalary, c.monthlySalary())
                && Objects.equals(offeredStart, c.startDate())) {
            return; // the same offer again
        }
        requireStage("make an offer (an offer follows an interview)", Stage.INTERVIEW);
        MonthlySalary.requirePositive(c.monthlySalary(), "the offered salary");
        if (c.startDate().isBefore(LocalDate.now(clock))) {
            throw ruleViolated("the start date " + c.startDate() + " is in the past");
        }
        apply(new OfferMadeEvent(applicantId, c.monthlySalary(), c.startDate()));
    }

    /** The offer was accepted and the hire made (in the same unit of work, by RecruitingHandler). */
    void hired(UUID employeeId) {
        requireStage("accept an offer", Stage.OFFER);
        apply(new ApplicantHiredEvent(applicantId, positionId, employeeId));
    }

    @CommandHandler
    public void handle(RejectApplicantCommand c, DeadlineManager deadlines, RecruitingSettings settings) {
        requireStage("be rejected", Stage.APPLIED, Stage.INTERVIEW, Stage.OFFER);
        apply(new ApplicantRejectedEvent(applicantId, c.reason()));
        deadlines.schedule(settings.retention(), RETENTION_ENDS);
    }

    @CommandHandler
    public void handle(WithdrawApplicationCommand c, DeadlineManager deadlines, RecruitingSettings settings) {
        if (stage == Stage.WITHDRAWN) {
            return; // withdrawn already
        }
        requireStage("withdraw", Stage.APPLIED, Stage.INTERVIEW, Stage.OFFER);
        apply(new ApplicationWithdrawnEvent(applicantId));
        deadlines.schedule(settings.retention(), RETENTION_ENDS);
    }

    /** The applicant's key is shredded with this event, in its unit of work (ApplicantKeyShredder). */
    @DeadlineHandler(deadlineName = RETENTION_ENDS)
    void retentionEnds() {
        if (!erased && (stage == Stage.REJECTED || stage == Stage.WITHDRAWN)) {
            apply(new ApplicantPersonalDataErasedEvent(applicantId));
        }
    }

    /** How long a rejected or withdrawn applicant's personal data is kept (backoffice.recruiting.retention). */
    public record RecruitingSettings(Duration retention) {
    }

    @EventSourcingHandler
    void on(ApplicantAppliedEvent e) {
        applicantId = e.applicantId();
        positionId = e.positionId();
        personalData = e.personalData();
        source = e.source();
        stage = Stage.APPLIED;
    }

    @EventSourcingHandler
    void on(InterviewScheduledEvent e) {
        interviews.put(e.interviewId(), List.copyOf(e.interviewerIds()));
        stage = Stage.INTERVIEW;
    }

    @EventSourcingHandler
    void on(InterviewFeedbackGivenEvent e) {
        feedback.add(e.interviewId() + "/" + e.interviewerId());
    }

    @EventSourcingHandler
    void on(OfferMadeEvent e) {
        offeredSalary = e.monthlySalary();
        offeredStart = e.startDate();
        stage = Stage.OFFER;
    }

    @EventSourcingHandler
    void on(ApplicantHiredEvent e) {
        stage = Stage.HIRED;
    }

    @EventSourcingHandler
    void on(ApplicantRejectedEvent e) {
        stage = Stage.REJECTED;
    }

    @EventSourcingHandler
    void on(ApplicationWithdrawnEvent e) {
        stage = Stage.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(ApplicantPersonalDataErasedEvent e) {
        erased = true;
    }
}
