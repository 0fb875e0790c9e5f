package org.backoffice.command.hr.recruiting;

import org.backoffice.command.hr.InMemoryVault;
import org.backoffice.command.hr.employment.InMemoryEmployeeDirectory;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.backoffice.command.common.CommandRejectedException;
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
import org.backoffice.events.hr.Recommendation;
import org.backoffice.events.hr.SealedPersonalData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;


/** Every stage transition of an applicant and every refusal. */
class ApplicantTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final UUID ID = UUID.randomUUID();
    private static final UUID POSITION = UUID.randomUUID();
    private static final UUID INTERVIEWER = UUID.randomUUID();
    private static final UUID GONE = UUID.randomUUID();
    private static final UUID INTERVIEW = UUID.randomUUID();
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final Money SALARY = Money.of("4200.00", "EUR");
    private final InMemoryVault vault = new InMemoryVault();
    private AggregateTestFixture<Applicant> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Applicant.class);
        fixture.registerInjectableResource(Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        fixture.registerInjectableResource(new InMemoryEmployeeDirectory()
                .add(INTERVIEWER, LocalDate.of(2020, 1, 1), null, "boss@example.com", SALARY)
                .add(GONE, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 3, 31), "gone@example.com", SALARY));
        fixture.registerInjectableResource(new Applicant.RecruitingSettings(Duration.ofDays(180)));
        fixture.registerInjectableResource(vault);
    }

    private static ApplicantAppliedEvent applied() {
        return new ApplicantAppliedEvent(ID, POSITION, new SealedPersonalData("f", "l", "e"), "referral");
    }

    private static InterviewScheduledEvent interviewed() {
        return new InterviewScheduledEvent(ID, INTERVIEW, AT, List.of(INTERVIEWER));
    }

    private static OfferMadeEvent offered() {
        return new OfferMadeEvent(ID, SALARY, LocalDate.of(2027, 1, 1));
    }

    @Test
    void anInterviewMovesAnApplicantToInterviewWithActiveInterviewersOnly() {
        fixture.given(applied()).when(new ScheduleInterviewCommand(ID, INTERVIEW, AT, List.of(INTERVIEWER)))
                .expectEvents(interviewed());
        fixture.given(applied()).when(new ScheduleInterviewCommand(ID, INTERVIEW, AT, List.of(GONE)))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("the interviewer " + GONE + " is not an active employee");
        fixture.given(applied(), interviewed()).when(new ScheduleInterviewCommand(ID, INTERVIEW, AT, List.of(INTERVIEWER)))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(applied(), new ApplicantRejectedEvent(ID, "no"))
                .when(new ScheduleInterviewCommand(ID, UUID.randomUUID(), AT, List.of(INTERVIEWER)))
                .expectException(CommandRejectedException.class);
    }

    @Test
    void feedbackComesFromTheInterviewsInterviewersOnceEach() {
        var feedback = new InterviewFeedbackGivenEvent(ID, INTERVIEW, INTERVIEWER, Recommendation.HIRE, "strong");
        fixture.given(applied(), interviewed())
                .when(new GiveInterviewFeedbackCommand(ID, INTERVIEW, INTERVIEWER, Recommendation.HIRE, "strong"))
                .expectEvents(feedback);
        fixture.given(applied(), interviewed(), feedback)
                .when(new GiveInterviewFeedbackCommand(ID, INTERVIEW, INTERVIEWER, Recommendation.NO_HIRE, "changed mind"))
                .expectException(CommandRejectedException.class);
        fixture.given(applied(), interviewed())
                .when(new GiveInterviewFeedbackCommand(ID, INTERVIEW, GONE, Recommendation.HIRE, "not there"))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("employee " + GONE + " is not an interviewer of interview " + INTERVIEW);
        fixture.given(applied(), interviewed())
                .when(new GiveInterviewFeedbackCommand(ID, UUID.randomUUID(), INTERVIEWER, Recommendation.HIRE, "?"))
                .expectException(CommandRejectedException.class);
    }

    @Test
    void anOfferFollowsAnInterviewWithAPositiveSalaryAndAFutureStart() {
        fixture.given(applied(), interviewed()).when(new MakeOfferCommand(ID, SALARY, LocalDate.of(2027, 1, 1)))
                .expectEvents(offered());
        fixture.given(applied()).when(new MakeOfferCommand(ID, SALARY, LocalDate.of(2027, 1, 1)))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("applicant " + ID + " is APPLIED: cannot make an offer (an offer follows an interview)");
        fixture.given(applied(), interviewed()).when(new MakeOfferCommand(ID, SALARY, TODAY.minusDays(1)))
                .expectException(CommandRejectedException.class);
        fixture.given(applied(), interviewed()).when(new MakeOfferCommand(ID, Money.of("0.00", "EUR"), TODAY))
                .expectException(CommandRejectedException.class);
    }

    @Test
    void aRejectionStartsTheRetentionPeriod() {
        fixture.given(applied(), interviewed()).when(new RejectApplicantCommand(ID, "another candidate"))
                .expectEvents(new ApplicantRejectedEvent(ID, "another candidate"))
                .expectScheduledDeadlineWithName(Duration.ofDays(180), Applicant.RETENTION_ENDS);
    }

    @Test
    void aWithdrawnApplicantIsErasedWhenTheRetentionEnds() {
        fixture.given(applied()).andGivenCommands(new WithdrawApplicationCommand(ID))
                .whenTimeAdvancesTo(Instant.now().plus(Duration.ofDays(181)))
                .expectTriggeredDeadlinesWithName(Applicant.RETENTION_ENDS)
                .expectEvents(new ApplicantPersonalDataErasedEvent(ID));
        // The key itself is shredded with that event (ApplicantKeyShredder): RecruitingTest.
    }

    @Test
    void aHiredApplicantCanNeitherBeRejectedNorWithdraw() {
        var hired = new ApplicantHiredEvent(ID, POSITION, UUID.randomUUID());
        fixture.given(applied(), interviewed(), offered(), hired).when(new RejectApplicantCommand(ID, "late"))
                .expectException(CommandRejectedException.class);
        fixture.given(applied(), interviewed(), offered(), hired).when(new WithdrawApplicationCommand(ID))
                .expectException(CommandRejectedException.class);
        fixture.given(applied(), new ApplicationWithdrawnEvent(ID)).when(new WithdrawApplicationCommand(ID))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void anInterviewNeedsDifferentInterviewersAndItsIdIsNotReused() {
        fixture.given(applied()).when(new ScheduleInterviewCommand(ID, INTERVIEW, AT, List.of(INTERVIEWER, INTERVIEWER)))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("an interview needs one or more different interviewers");
        fixture.given(applied(), interviewed())
                .when(new ScheduleInterviewCommand(ID, INTERVIEW, AT, List.of(INTERVIEWER, UUID.randomUUID())))
                .expectException(CommandRejectedException.class);
    }

    @Test
    void theSameOfferAgainStoresNothing() {
        fixture.given(applied(), interviewed(), offered())
                .when(new MakeOfferCommand(ID, SALARY, LocalDate.of(2027, 1, 1)))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(applied(), interviewed(), offered())
                .when(new MakeOfferCommand(ID, Money.of("5000.00", "EUR"), LocalDate.of(2027, 1, 1)))
                .expectException(CommandRejectedException.class);
    }
}
