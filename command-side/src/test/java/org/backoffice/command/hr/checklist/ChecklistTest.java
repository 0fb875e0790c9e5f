package org.backoffice.command.hr.checklist;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.backoffice.command.common.CommandRejectedException;
import org.backoffice.command.hr.InMemoryVault;
import org.backoffice.command.hr.PersonalDataVault;
import org.backoffice.command.hr.checklist.ChecklistCommands.CompleteAutomaticallyCommand;
import org.backoffice.command.hr.checklist.ChecklistCommands.CompleteChecklistTaskCommand;
import org.backoffice.command.hr.checklist.ChecklistCommands.OpenChecklistCommand;
import org.backoffice.events.hr.AutomaticCompletion;
import org.backoffice.events.hr.ChecklistCompletedEvent;
import org.backoffice.events.hr.ChecklistDepartment;
import org.backoffice.events.hr.ChecklistKind;
import org.backoffice.events.hr.ChecklistOpenedEvent;
import org.backoffice.events.hr.ChecklistTask;
import org.backoffice.events.hr.ChecklistTaskCompletedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ChecklistTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 30);
    private static final UUID EMPLOYEE = UUID.randomUUID();
    private static final UUID ID = ChecklistCommands.checklistIdOf(EMPLOYEE, ChecklistKind.OFFBOARDING);
    private static final ChecklistTask DEVICES = new ChecklistTask("devices-returned", "Devices returned", ChecklistDepartment.IT,
            ChecklistDepartment.IT, 0, LAST_DAY, AutomaticCompletion.DEVICES_RETURNED);
    private static final ChecklistTask FINAL_PAY = new ChecklistTask("final-pay", "Final pay", ChecklistDepartment.ACCOUNTING,
            ChecklistDepartment.ACCOUNTING, 10, LAST_DAY.plusDays(10), AutomaticCompletion.FINAL_PAY_SETTLED);
    private static final ChecklistTask EXIT_INTERVIEW = new ChecklistTask("exit-interview", "Exit interview", ChecklistDepartment.HR,
            ChecklistDepartment.HR, -5, LAST_DAY.minusDays(5), null);
    private static final List<ChecklistTask> TASKS = List.of(DEVICES, FINAL_PAY, EXIT_INTERVIEW);
    private static final ChecklistOpenedEvent OPENED = new ChecklistOpenedEvent(ID, EMPLOYEE, ChecklistKind.OFFBOARDING, LAST_DAY, TASKS);

    private AggregateTestFixture<Checklist> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Checklist.class);
        fixture.registerInjectableResource(Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        fixture.registerInjectableResource((PersonalDataVault) new InMemoryVault());
    }

    private static CompleteChecklistTaskCommand byHand(String key, String role, String note) {
        return new CompleteChecklistTaskCommand(ID, key, "someone", Set.of(role), note);
    }

    private static ChecklistTaskCompletedEvent doneByHand(String key, String note) {
        return new ChecklistTaskCompletedEvent(ID, EMPLOYEE, key, TODAY, "someone", null,
                note == null ? null : "sealed:" + EMPLOYEE + ":HR_FILE:" + note);
    }

    private static ChecklistTaskCompletedEvent doneBySystem(String key, AutomaticCompletion seen) {
        return new ChecklistTaskCompletedEvent(ID, EMPLOYEE, key, TODAY, null, seen, null);
    }

    /** A CommandRejectedException for that reason (403, 404, 409 at the API). */
    private static org.hamcrest.Matcher<Throwable> rejected(CommandRejectedException.Reason reason) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable t) {
                return t instanceof CommandRejectedException r && r.reason() == reason;
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("rejected as " + reason);
            }
        };
    }

    @Test
    void opensWithTheTasksOfItsTemplateAndCompletesAtOnceWhatTheSystemAlreadySees() {
        fixture.givenNoPriorActivity()
                .when(new OpenChecklistCommand(ID, EMPLOYEE, ChecklistKind.OFFBOARDING, LAST_DAY, TASKS, Set.of()))
                .expectEvents(OPENED);
        fixture.givenNoPriorActivity()
                .when(new OpenChecklistCommand(ID, EMPLOYEE, ChecklistKind.OFFBOARDING, LAST_DAY, TASKS,
                        Set.of(AutomaticCompletion.DEVICES_RETURNED)))
                .expectEvents(OPENED, doneBySystem("devices-returned", AutomaticCompletion.DEVICES_RETURNED));
    }

    @Test
    void opensOncePerEmployeeAndKind() {
        fixture.given(OPENED)
                .when(new OpenChecklistCommand(ID, EMPLOYEE, ChecklistKind.OFFBOARDING, LAST_DAY, List.of(EXIT_INTERVIEW), Set.of()))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void aChecklistNeedsTasksWithKeysOfTheirOwn() {
        fixture.givenNoPriorActivity()
                .when(new OpenChecklistCommand(ID, EMPLOYEE, ChecklistKind.OFFBOARDING, LAST_DAY, List.of(), Set.of()))
                .expectException(CommandRejectedException.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new OpenChecklistCommand(ID, EMPLOYEE, ChecklistKind.OFFBOARDING, LAST_DAY,
                        List.of(EXIT_INTERVIEW, EXIT_INTERVIEW), Set.of()))
                .expectException(CommandRejectedException.class).expectExceptionMessage(
                        "the task key exit-interview is used twice in the checklist");
    }

    @Test
    void theOwnerRoleCompletesATaskWithASealedNote() {
        fixture.given(OPENED)
                .when(byHand("exit-interview", "HR", "  went well "))
                .expectEvents(doneByHand("exit-interview", "went well"));
        fixture.given(OPENED)
                .when(byHand("exit-interview", "HR", " "))
                .expectEvents(doneByHand("exit-interview", null));
    }

    @Test
    void anAdminMayCompleteAnyTask() {
        fixture.given(OPENED)
                .when(byHand("final-pay", "ADMIN", null))
                .expectEvents(doneByHand("final-pay", null));
    }

    @Test
    void anotherRoleIsForbiddenAndNothingIsStored() {
        fixture.given(OPENED)
                .when(byHand("exit-interview", "IT", null))
                .expectNoEvents()
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("the task exit-interview belongs to HR: only a user with the role HR (or ADMIN) may complete it")
                .expectException(rejected(CommandRejectedException.Reason.FORBIDDEN));
    }

    @Test
    void aTaskIsDoneOnceAndAnUnknownTaskIsNotFound() {
        fixture.given(OPENED, doneByHand("exit-interview", null))
                .when(byHand("exit-interview", "HR", null))
                .expectNoEvents()
                .expectException(rejected(CommandRejectedException.Reason.CONFLICT));
        fixture.given(OPENED)
                .when(byHand("no-such-task", "ADMIN", null))
                .expectNoEvents()
                .expectException(rejected(CommandRejectedException.Reason.NOT_FOUND));
    }

    @Test
    void aTaskTheSystemCompletedIsNotCompletedByHandAgain() {
        fixture.given(OPENED, doneBySystem("devices-returned", AutomaticCompletion.DEVICES_RETURNED))
                .when(byHand("devices-returned", "IT", null))
                .expectNoEvents().expectException(CommandRejectedException.class);
    }

    @Test
    void theSystemCompletesTheTasksWaitingForWhatItSawOnce() {
        fixture.given(OPENED)
                .when(new CompleteAutomaticallyCommand(ID, AutomaticCompletion.DEVICES_RETURNED))
                .expectEvents(doneBySystem("devices-returned", AutomaticCompletion.DEVICES_RETURNED));
        fixture.given(OPENED, doneByHand("devices-returned", null))
                .when(new CompleteAutomaticallyCommand(ID, AutomaticCompletion.DEVICES_RETURNED))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(OPENED)
                .when(new CompleteAutomaticallyCommand(ID, AutomaticCompletion.NUMBERS_RELEASED))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void theChecklistIsDoneWithItsLastTask() {
        fixture.given(OPENED, doneBySystem("devices-returned", AutomaticCompletion.DEVICES_RETURNED), doneByHand("exit-interview", null))
                .when(new CompleteAutomaticallyCommand(ID, AutomaticCompletion.FINAL_PAY_SETTLED))
                .expectEvents(doneBySystem("final-pay", AutomaticCompletion.FINAL_PAY_SETTLED),
                        new ChecklistCompletedEvent(ID, EMPLOYEE, ChecklistKind.OFFBOARDING, TODAY));
        fixture.given(OPENED, doneBySystem("devices-returned", AutomaticCompletion.DEVICES_RETURNED))
                .when(byHand("exit-interview", "HR", null))
                .expectEvents(doneByHand("exit-interview", null));
    }

    @Test
    void checklistIdsAreOnePerEmployeeAndKind() {
        assertThat(ChecklistCommands.checklistIdOf(EMPLOYEE, ChecklistKind.OFFBOARDING)).isEqualTo(ID)
                .isNotEqualTo(ChecklistCommands.checklistIdOf(EMPLOYEE, ChecklistKind.ONBOARDING))
                .isNotEqualTo(ChecklistCommands.checklistIdOf(UUID.randomUUID(), ChecklistKind.OFFBOARDING));
    }
}
