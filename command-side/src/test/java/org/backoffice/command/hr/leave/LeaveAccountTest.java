package org.backoffice.command.hr.leave;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.backoffice.command.common.CommandRejectedException;
import org.backoffice.command.hr.InMemoryVault;
import org.backoffice.command.hr.employment.InMemoryEmployeeDirectory;
import org.backoffice.command.hr.leave.LeaveCommands.ApproveLeaveCommand;
import org.backoffice.command.hr.leave.LeaveCommands.CancelLeaveCommand;
import org.backoffice.command.hr.leave.LeaveCommands.RefuseLeaveCommand;
import org.backoffice.command.hr.leave.LeaveCommands.RequestLeaveCommand;
import org.backoffice.command.hr.leave.LeaveCommands.SetLeaveEntitlementCommand;
import org.backoffice.command.hr.leave.LeaveCommands.SettleLeaveAccountCommand;
import org.backoffice.events.common.Money;
import org.backoffice.events.hr.LeaveAccountOpenedEvent;
import org.backoffice.events.hr.LeaveAccountSettledEvent;
import org.backoffice.events.hr.LeaveApprovedEvent;
import org.backoffice.events.hr.LeaveCancelledEvent;
import org.backoffice.events.hr.LeaveRequestedEvent;
import org.backoffice.events.hr.LeaveType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class LeaveAccountTest {

    private static final UUID ADA = UUID.randomUUID();
    private static final UUID LEFT = UUID.randomUUID();
    private static final LeaveSettings SETTINGS = new LeaveSettings(new BigDecimal("30"), new BigDecimal("5"), "03-31", "NW", true);
    private final WorkingDayCalendar calendar = new WorkingDayCalendar(SETTINGS);
    private AggregateTestFixture<LeaveAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LeaveAccount.class);
        fixture.registerInjectableResource(new InMemoryEmployeeDirectory()
                .add(ADA, LocalDate.of(2026, 7, 1), null, "ada@x", Money.of("3000", "EUR"))
                .add(LEFT, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 6, 30), "left@x", Money.of("3000", "EUR")));
        fixture.registerInjectableResource(calendar);
        fixture.registerInjectableResource(SETTINGS);
        fixture.registerInjectableResource(new InMemoryVault());
    }

    private static RequestLeaveCommand request(UUID leave, LeaveType type, String first, String last) {
        return new RequestLeaveCommand(ADA, leave, type, LocalDate.parse(first), LocalDate.parse(last), null);
    }

    private LeaveRequestedEvent requested(UUID employee, UUID leave, LeaveType type, String first, String last) {
        return new LeaveRequestedEvent(employee, leave, type, LocalDate.parse(first), LocalDate.parse(last),
                calendar.workingDays(LocalDate.parse(first), LocalDate.parse(last)), null);
    }

    private static LeaveAccountOpenedEvent opened(UUID employee) {
        return new LeaveAccountOpenedEvent(employee, SETTINGS.rules());
    }

    private static LeaveApprovedEvent approved(UUID employee, UUID leave, LeaveType type, String first, String last) {
        return new LeaveApprovedEvent(employee, leave, type, LocalDate.parse(first), LocalDate.parse(last));
    }

    private static void rejected(ResultValidator<LeaveAccount> result, String message) {
        result.expectException(CommandRejectedException.class).expectExceptionMessage(
                org.hamcrest.Matchers.containsString(message)).expectNoEvents();
    }

    @Test
    void aRequestOpensTheAccountAndCountsWorkingDaysWithoutTheStatesHolidays() {
        UUID leave = UUID.randomUUID();
        // 2026-10-01 (Thu) to 2026-10-07 (Wed): 5 working days in NW (3 October, German Unity Day, is a Saturday)
        fixture.givenNoPriorActivity().when(request(leave, LeaveType.ANNUAL, "2026-10-01", "2026-10-07"))
                .expectEvents(opened(ADA), requested(ADA, leave, LeaveType.ANNUAL, "2026-10-01", "2026-10-07"));
        assertThat(calendar.workingDays(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7))).hasSize(5);
        // Christmas week: 24 and 31 December are working days, 25 and 26 are holidays (26th a Saturday)
        assertThat(calendar.workingDays(LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 25))).hasSize(4);
        // Corpus Christi (4 June 2026) is a holiday in NW, not in Berlin
        assertThat(calendar.workingDays(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 5))).hasSize(4);
        assertThat(new WorkingDayCalendar(new LeaveSettings(BigDecimal.TEN, BigDecimal.ONE, "03-31", "BE", true))
                .workingDays(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 5))).hasSize(5);
    }

    @Test
    void sickLeaveIsRecordedApproved() {
        UUID leave = UUID.randomUUID();
        fixture.givenNoPriorActivity().when(request(leave, LeaveType.SICK, "2026-09-07", "2026-09-11"))
                .expectEvents(opened(ADA), requested(ADA, leave, LeaveType.SICK, "2026-09-07", "2026-09-11"),
                        approved(ADA, leave, LeaveType.SICK, "2026-09-07", "2026-09-11"));
    }

    @Test
    void aLeaveThatEndsBeforeItStartsIsRefused() {
        rejected(fixture.givenNoPriorActivity().when(request(UUID.randomUUID(), LeaveType.ANNUAL, "2026-10-07", "2026-10-01")),
                "before it starts");
    }

    @Test
    void aLeaveOutsideTheEmploymentIsRefused() {
        rejected(fixture.givenNoPriorActivity().when(request(UUID.randomUUID(), LeaveType.ANNUAL, "2026-06-29", "2026-07-03")),
                "before the employment");
    }

    @Test
    void aLeaveAfterTheLastDayIsRefused() {
        rejected(fixture.givenNoPriorActivity().when(new RequestLeaveCommand(LEFT, UUID.randomUUID(), LeaveType.ANNUAL,
                LocalDate.of(2026, 6, 29), LocalDate.of(2026, 7, 3), null)), "after the employment");
    }

    @Test
    void aLeaveWithoutWorkingDaysIsRefused() {
        rejected(fixture.givenNoPriorActivity().when(request(UUID.randomUUID(), LeaveType.ANNUAL, "2026-10-03", "2026-10-04")),
                "no working day");
    }

    @Test
    void overlappingLeavesAreRefusedButRefusedOrCancelledOnesFreeTheirDays() {
        UUID first = UUID.randomUUID();
        rejected(fixture.given(opened(ADA), requested(ADA, first, LeaveType.ANNUAL, "2026-10-05", "2026-10-09"))
                .when(request(UUID.randomUUID(), LeaveType.SICK, "2026-10-09", "2026-10-12")), "overlaps leave " + first);
        UUID second = UUID.randomUUID();
        fixture.given(opened(ADA), requested(ADA, first, LeaveType.ANNUAL, "2026-10-05", "2026-10-09"),
                        new LeaveCancelledEvent(ADA, first, "plans changed"))
                .when(request(second, LeaveType.SICK, "2026-10-09", "2026-10-12"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void annualLeaveBeyondTheProRatedBalanceIsRefusedOtherTypesAreNot() {
        // joined 1 July: 15 days in 2026. 10 approved, 5 more pass, a sixth does not.
        UUID ten = UUID.randomUUID();
        List<Object> given = List.of(opened(ADA), requested(ADA, ten, LeaveType.ANNUAL, "2026-08-03", "2026-08-14"),
                approved(ADA, ten, LeaveType.ANNUAL, "2026-08-03", "2026-08-14"));
        fixture.given(given).when(request(UUID.randomUUID(), LeaveType.ANNUAL, "2026-11-02", "2026-11-06"))
                .expectSuccessfulHandlerExecution();
        rejected(fixture.given(given).when(request(UUID.randomUUID(), LeaveType.ANNUAL, "2026-11-02", "2026-11-09")),
                "exceed the balance of 2026");
        // pending requests count too: two requests cannot together take more than is left
        UUID pending = UUID.randomUUID();
        List<Object> withPending = new ArrayList<>(given);
        withPending.add(requested(ADA, pending, LeaveType.ANNUAL, "2026-11-02", "2026-11-04"));
        rejected(fixture.given(withPending).when(request(UUID.randomUUID(), LeaveType.ANNUAL, "2026-11-16", "2026-11-18")),
                "exceed the balance");
        fixture.given(given).when(request(UUID.randomUUID(), LeaveType.UNPAID, "2026-11-02", "2026-11-27"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void approvingTwiceOrRefusingAnApprovedLeaveIsAConflict() {
        UUID leave = UUID.randomUUID();
        List<Object> approvedLeave = List.of(opened(ADA), requested(ADA, leave, LeaveType.ANNUAL, "2026-10-05", "2026-10-09"),
                approved(ADA, leave, LeaveType.ANNUAL, "2026-10-05", "2026-10-09"));
        rejected(fixture.given(approvedLeave).when(new ApproveLeaveCommand(ADA, leave)), "is APPROVED");
        rejected(fixture.given(approvedLeave).when(new RefuseLeaveCommand(ADA, leave, "no")), "is APPROVED");
        rejected(fixture.given(approvedLeave).when(new ApproveLeaveCommand(ADA, UUID.randomUUID())), "does not exist");
    }

    @Test
    void cancellingReturnsTheDays() {
        UUID fifteen = UUID.randomUUID();
        List<Object> given = new ArrayList<>(List.of(opened(ADA),
                requested(ADA, fifteen, LeaveType.ANNUAL, "2026-08-03", "2026-08-21"),
                approved(ADA, fifteen, LeaveType.ANNUAL, "2026-08-03", "2026-08-21")));
        rejected(fixture.given(given).when(request(UUID.randomUUID(), LeaveType.ANNUAL, "2026-11-02", "2026-11-02")),
                "exceed the balance");
        fixture.given(given).when(new CancelLeaveCommand(ADA, fifteen, "project"))
                .expectEvents(new LeaveCancelledEvent(ADA, fifteen, "project"));
        given.add(new LeaveCancelledEvent(ADA, fifteen, "project"));
        fixture.given(given).when(request(UUID.randomUUID(), LeaveType.ANNUAL, "2026-11-02", "2026-11-02"))
                .expectSuccessfulHandlerExecution();
        rejected(fixture.given(given).when(new CancelLeaveCommand(ADA, fifteen, "again")), "is CANCELLED");
    }

    @Test
    void anEntitlementBelowTheApprovedLeaveIsRefused() {
        UUID ten = UUID.randomUUID();
        List<Object> given = List.of(opened(ADA), requested(ADA, ten, LeaveType.ANNUAL, "2026-08-03", "2026-08-14"),
                approved(ADA, ten, LeaveType.ANNUAL, "2026-08-03", "2026-08-14"));
        // 18 a year: 9 in the half year of joining, less than the 10 approved
        rejected(fixture.given(given).when(new SetLeaveEntitlementCommand(ADA, 2026, new BigDecimal("18"))), "exceeds");
        fixture.given(given).when(new SetLeaveEntitlementCommand(ADA, 2026, new BigDecimal("20")))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theSettlementCancelsLeaveAfterTheLastDayAndCountsTheUntakenDays() {
        UUID may = UUID.randomUUID();
        UUID july = UUID.randomUUID();
        // left 30 June 2026: 15 days of 2026 (the 5 carried from 2025 expired on 31 March); 4 taken in May; July's leave is cancelled
        fixture.given(new LeaveAccountOpenedEvent(LEFT, SETTINGS.rules()),
                        requested(LEFT, may, LeaveType.ANNUAL, "2026-05-04", "2026-05-07"),
                        approved(LEFT, may, LeaveType.ANNUAL, "2026-05-04", "2026-05-07"),
                        requested(LEFT, july, LeaveType.ANNUAL, "2026-07-06", "2026-07-08"),
                        approved(LEFT, july, LeaveType.ANNUAL, "2026-07-06", "2026-07-08"))
                .when(new SettleLeaveAccountCommand(LEFT, LocalDate.of(2026, 6, 30)))
                .expectEvents(new LeaveCancelledEvent(LEFT, july, "the employment ended on 2026-06-30"),
                        new LeaveAccountSettledEvent(LEFT, LocalDate.of(2026, 6, 30), new BigDecimal("11"), true));
    }

    @Test
    void anApprovalChecksTheBalanceAgainstTheApprovedLeave() {
        // 15 days in 2026, 10 approved: a pending request of 10 (recorded when more was left, say
        // before an entitlement change) is refused at its approval, which finds 5 left.
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        rejected(fixture.given(opened(ADA), requested(ADA, first, LeaveType.ANNUAL, "2026-08-03", "2026-08-14"),
                        approved(ADA, first, LeaveType.ANNUAL, "2026-08-03", "2026-08-14"),
                        requested(ADA, second, LeaveType.ANNUAL, "2026-11-02", "2026-11-13"))
                .when(new ApproveLeaveCommand(ADA, second)), "exceed the balance of 2026");
    }

    @Test
    void theSameRequestSentAgainStoresNothingAndAnotherUnderItsIdIsAConflict() {
        UUID leave = UUID.randomUUID();
        fixture.given(opened(ADA), requested(ADA, leave, LeaveType.ANNUAL, "2026-10-05", "2026-10-09"))
                .when(request(leave, LeaveType.ANNUAL, "2026-10-05", "2026-10-09"))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        rejected(fixture.given(opened(ADA), requested(ADA, leave, LeaveType.ANNUAL, "2026-10-05", "2026-10-09"))
                .when(request(leave, LeaveType.ANNUAL, "2026-10-05", "2026-10-12")), "already exists with different details");
    }
}
