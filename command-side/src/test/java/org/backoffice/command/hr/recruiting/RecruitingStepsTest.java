package org.backoffice.command.hr.recruiting;

import org.backoffice.command.common.CommandRejectedException;
import org.backoffice.command.common.InMemoryAxon;
import org.backoffice.command.hr.InMemoryVault;
import org.backoffice.command.hr.PersonalDataVault;
import org.backoffice.command.hr.employment.Commands.ClosePositionCommand;
import org.backoffice.command.hr.employment.Commands.OpenPositionCommand;
import org.backoffice.command.hr.employment.Employee;
import org.backoffice.command.hr.employment.EmployeeDirectory;
import org.backoffice.command.hr.employment.HiringHandler;
import org.backoffice.command.hr.employment.InMemoryEmployeeDirectory;
import org.backoffice.command.hr.employment.Position;
import org.backoffice.command.hr.recruiting.RecruitingCommands.AcceptOfferCommand;
import org.backoffice.command.hr.recruiting.RecruitingCommands.ApplyCommand;
import org.backoffice.command.hr.recruiting.RecruitingCommands.MakeOfferCommand;
import org.backoffice.command.hr.recruiting.RecruitingCommands.ScheduleInterviewCommand;
import org.backoffice.events.common.Money;
import org.backoffice.events.hr.ApplicantAppliedEvent;
import org.backoffice.events.hr.ApplicantHiredEvent;
import org.backoffice.events.hr.EmployeeHiredEvent;
import org.backoffice.events.hr.PositionFilledEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Applying for a position and accepting an offer: the steps that span applicant, position and employee. */
class RecruitingStepsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final UUID INTERVIEWER = UUID.randomUUID();
    private final InMemoryEmployeeDirectory directory = new InMemoryEmployeeDirectory()
            .add(INTERVIEWER, LocalDate.of(2020, 1, 1), null, "grace@example.com", Money.of("6000.00", "EUR"));
    private final InMemoryVault vault = new InMemoryVault();
    private InMemoryAxon axon;
    private UUID position;

    @BeforeEach
    void setUp() {
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        axon = InMemoryAxon.with(Applicant.class, Position.class, Employee.class)
                .component(EmployeeDirectory.class, directory)
                .component(PersonalDataVault.class, vault)
                .component(Clock.class, clock)
                .component(Applicant.RecruitingSettings.class, new Applicant.RecruitingSettings(Duration.ofDays(180)))
                .handler(c -> new RecruitingHandler(c.repository(Applicant.class), c.repository(Position.class),
                        new HiringHandler(c.repository(Employee.class), c.repository(Position.class), directory, vault, clock),
                        vault))
                .start();
        position = UUID.randomUUID();
        axon.commands().sendAndWait(new OpenPositionCommand(position, "Data engineer", "IT"));
    }

    @AfterEach
    void tearDown() {
        axon.close();
    }

    private UUID apply(UUID positionId, String firstName) {
        UUID id = UUID.randomUUID();
        axon.commands().sendAndWait(new ApplyCommand(id, positionId, firstName, "Candidate",
                firstName.toLowerCase() + "@example.com", "referral"));
        return id;
    }

    private UUID withOffer(String firstName) {
        UUID applicant = apply(position, firstName);
        axon.commands().sendAndWait(new ScheduleInterviewCommand(applicant, UUID.randomUUID(),
                TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), List.of(INTERVIEWER)));
        axon.commands().sendAndWait(new MakeOfferCommand(applicant, Money.of("5200.00", "EUR"), TODAY.plusMonths(1)));
        return applicant;
    }

    private static CommandRejectedException.Reason reason(Throwable e) {
        return ((CommandRejectedException) e).reason();
    }

    @Test
    void anApplicationIsTakenOnceAndOnlyByAnOpenPosition() {
        UUID applicant = UUID.randomUUID();
        ApplyCommand application = new ApplyCommand(applicant, position, "Ada", "Candidate", "ada@example.com", "web");
        axon.commands().sendAndWait(application);
        axon.commands().sendAndWait(application);
        assertThat(axon.eventsOf(applicant)).hasSize(1).first().isInstanceOf(ApplicantAppliedEvent.class);
        assertThatThrownBy(() -> axon.commands().sendAndWait(new ApplyCommand(applicant, position, "Ada", "Candidate",
                "ada@example.com", "fair")))
                .satisfies(e -> assertThat(reason(e)).isEqualTo(CommandRejectedException.Reason.CONFLICT));

        UUID closed = UUID.randomUUID();
        axon.commands().sendAndWait(new OpenPositionCommand(closed, "Tester", "IT"));
        axon.commands().sendAndWait(new ClosePositionCommand(closed));
        UUID late = UUID.randomUUID();
        assertThatThrownBy(() -> axon.commands().sendAndWait(new ApplyCommand(late, closed, "Bob", "Candidate",
                "bob@example.com", null)))
                .satisfies(e -> assertThat(reason(e)).isEqualTo(CommandRejectedException.Reason.CONFLICT))
                .hasMessageContaining("not open");
        assertThat(axon.eventsOf(late)).isEmpty();
    }

    @Test
    void acceptingTheOfferHiresIntoThePositionOnceAndTheNextAcceptanceHearsWhoFilledIt() {
        UUID winner = withOffer("Ada");
        UUID loser = withOffer("Barbara");
        UUID employee = axon.commands().sendAndWait(new AcceptOfferCommand(winner));
        assertThat(employee).isEqualTo(RecruitingCommands.employeeIdOf(winner));
        assertThat(axon.eventsOf(employee)).hasSize(1).first().isInstanceOfSatisfying(EmployeeHiredEvent.class, hired -> {
            assertThat(hired.positionId()).isEqualTo(position);
            assertThat(hired.jobTitle()).isEqualTo("Data engineer");
            assertThat(hired.monthlySalary()).isEqualTo(Money.of("5200.00", "EUR"));
            assertThat(vault.open(employee, hired.personalData().firstName())).contains("Ada");
        });
        assertThat(axon.eventsOf(position)).last().isEqualTo(new PositionFilledEvent(position, employee));
        assertThat(axon.eventsOf(winner)).last().isInstanceOf(ApplicantHiredEvent.class);

        assertThat((Object) axon.commands().sendAndWait(new AcceptOfferCommand(winner))).as("a repeat").isEqualTo(employee);
        assertThat(axon.eventsOf(employee)).hasSize(1);

        int before = axon.eventsOf(loser).size();
        assertThatThrownBy(() -> axon.commands().sendAndWait(new AcceptOfferCommand(loser)))
                .satisfies(e -> assertThat(reason(e)).isEqualTo(CommandRejectedException.Reason.CONFLICT))
                .hasMessageContaining("by employee " + employee);
        assertThat(axon.eventsOf(loser)).hasSize(before);
        assertThat(axon.eventsOf(RecruitingCommands.employeeIdOf(loser))).isEmpty();
    }

    @Test
    void onlyAnOfferCanBeAccepted() {
        UUID applicant = apply(position, "Carla");
        assertThatThrownBy(() -> axon.commands().sendAndWait(new AcceptOfferCommand(applicant)))
                .satisfies(e -> assertThat(reason(e)).isEqualTo(CommandRejectedException.Reason.CONFLICT))
                .hasMessageContaining("only an offer can be accepted");
        assertThat(axon.eventsOf(RecruitingCommands.employeeIdOf(applicant))).isEmpty();
        assertThatThrownBy(() -> axon.commands().sendAndWait(new AcceptOfferCommand(UUID.randomUUID())))
                .satisfies(e -> assertThat(reason(e)).isEqualTo(CommandRejectedException.Reason.NOT_FOUND));
    }
}
