package org.backoffice.command.hr.checklist;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.backoffice.command.accounting.payroll.PayrollCommands;
import org.backoffice.command.hr.checklist.ChecklistCommands.CompleteAutomaticallyCommand;
import org.backoffice.command.hr.checklist.ChecklistCommands.OpenChecklistCommand;
import org.backoffice.command.hr.checklist.ChecklistSettings.TaskTemplate;
import org.backoffice.command.it.asset.AssetDirectory;
import org.backoffice.command.it.licence.LicenceDirectory;
import org.backoffice.command.it.telephony.TelephonyDirectory;
import org.backoffice.events.accounting.PayrollPaymentSettledEvent;
import org.backoffice.events.common.Money;
import org.backoffice.events.hr.AutomaticCompletion;
import org.backoffice.events.hr.ChecklistDepartment;
import org.backoffice.events.hr.ChecklistKind;
import org.backoffice.events.hr.EmployeeHiredEvent;
import org.backoffice.events.hr.EmployeeTerminatedEvent;
import org.backoffice.events.hr.SealedPersonalData;
import org.backoffice.events.it.AssetReturnedEvent;
import org.backoffice.events.it.LicenceSeatReleasedEvent;
import org.backoffice.events.it.PhoneNumberReleasedEvent;
import org.backoffice.events.it.ReturnCause;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Which event completes which task, and what the system sees when a checklist opens. */
class ChecklistAutomationTest {

    private static final UUID EMPLOYEE = UUID.randomUUID();
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 5, 31);
    private static final UUID OFFBOARDING = ChecklistCommands.checklistIdOf(EMPLOYEE, ChecklistKind.OFFBOARDING);

    private final List<Object> sent = new ArrayList<>();
    private final List<UUID> devices = new ArrayList<>();
    private final List<UUID> seats = new ArrayList<>();
    private final List<UUID> numbers = new ArrayList<>();
    private final Map<AutomaticCompletion, List<ChecklistDirectory.WaitingTask>> waiting = new HashMap<>();
    private ChecklistAutomation automation;

    @BeforeEach
    void setUp() {
        CommandGateway gateway = (CommandGateway) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CommandGateway.class}, (proxy, method, args) -> {
                    if (method.getName().equals("sendAndWait")) {
                        sent.add(args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        AssetDirectory assets = new AssetDirectory() {
            public Optional<UUID> holderOfSerial(String serialNumber) {
                return Optional.empty();
            }

            public List<UUID> assetsHeldBy(UUID employeeId) {
                return devices;
            }

            public boolean inService(UUID assetId) {
                return true;
            }
        };
        LicenceDirectory licences = holder -> seats;
        TelephonyDirectory telephony = new TelephonyDirectory() {
            public Optional<BlockEntry> block(UUID blockId) {
                return Optional.empty();
            }

            public Optional<BlockEntry> overlapping(long first, long last, UUID blockId) {
                return Optional.empty();
            }

            public List<UUID> numbersHeldBy(UUID holder) {
                return numbers;
            }
        };
        ChecklistSettings settings = new ChecklistSettings(
                List.of(new TaskTemplate("accounts", "Accounts", ChecklistDepartment.IT, null, -3, null)),
                List.of(new TaskTemplate("devices", "Devices", ChecklistDepartment.IT, null, 0, AutomaticCompletion.DEVICES_RETURNED),
                        new TaskTemplate("licences", "Licences", ChecklistDepartment.IT, null, 0, AutomaticCompletion.LICENCES_RELEASED),
                        new TaskTemplate("numbers", "Numbers", ChecklistDepartment.IT, null, 0, AutomaticCompletion.NUMBERS_RELEASED),
                        new TaskTemplate("final-pay", "Final pay", ChecklistDepartment.ACCOUNTING, null, 15,
                                AutomaticCompletion.FINAL_PAY_SETTLED)));
        automation = new ChecklistAutomation(gateway, settings,
                (employee, completion) -> employee.equals(EMPLOYEE) ? waiting.getOrDefault(completion, List.of()) : List.of(),
                assets, licences, telephony);
    }

    private void waits(AutomaticCompletion completion) {
        waiting.put(completion, List.of(new ChecklistDirectory.WaitingTask(OFFBOARDING, ChecklistKind.OFFBOARDING, LAST_DAY)));
    }

    @Test
    void aHireOpensItsOnboardingChecklist() {
        automation.on(new EmployeeHiredEvent(EMPLOYEE, null, new SealedPersonalData("a", "b", "c"), "Sales", "Clerk",
                LocalDate.of(2026, 3, 2), Money.of("3000", "EUR"), null));

        assertThat(sent).singleElement().isInstanceOfSatisfying(OpenChecklistCommand.class, c -> {
            assertThat(c.checklistId()).isEqualTo(ChecklistCommands.checklistIdOf(EMPLOYEE, ChecklistKind.ONBOARDING));
            assertThat(c.kind()).isEqualTo(ChecklistKind.ONBOARDING);
            assertThat(c.tasks()).singleElement().satisfies(t -> assertThat(t.dueDate()).isEqualTo(LocalDate.of(2026, 2, 27)));
            assertThat(c.alreadyDone()).isEmpty();
        });
    }

    @Test
    void aTerminationOpensTheOffboardingChecklistWithWhatIsAlreadyDone() {
        devices.add(UUID.randomUUID());
        seats.add(UUID.randomUUID());

        automation.on(new EmployeeTerminatedEvent(EMPLOYEE, LAST_DAY, "leaving"));

        assertThat(sent).singleElement().isInstanceOfSatisfying(OpenChecklistCommand.class, c -> {
            assertThat(c.checklistId()).isEqualTo(OFFBOARDING);
            assertThat(c.referenceDate()).isEqualTo(LAST_DAY);
            assertThat(c.tasks()).hasSize(4);
            assertThat(c.alreadyDone()).as("holds no number; the final pay only its payment says")
                    .isEqualTo(Set.of(AutomaticCompletion.NUMBERS_RELEASED));
        });
    }

    @Test
    void theLastDeviceReturnedCompletesTheDevicesTask() {
        waits(AutomaticCompletion.DEVICES_RETURNED);
        devices.add(UUID.randomUUID());
        automation.on(new AssetReturnedEvent(UUID.randomUUID(), EMPLOYEE, null, "one of two", ReturnCause.RETURNED));
        assertThat(sent).as("one device still held").isEmpty();

        devices.clear();
        automation.on(new AssetReturnedEvent(UUID.randomUUID(), EMPLOYEE, null, "offboarding", ReturnCause.OFFBOARDING));
        assertThat(sent).containsExactly(new CompleteAutomaticallyCommand(OFFBOARDING, AutomaticCompletion.DEVICES_RETURNED));
    }

    @Test
    void releasedSeatsAndNumbersCompleteTheirTasksOnly() {
        waits(AutomaticCompletion.LICENCES_RELEASED);
        waits(AutomaticCompletion.NUMBERS_RELEASED);
        automation.on(new LicenceSeatReleasedEvent(UUID.randomUUID(), EMPLOYEE, null, ReturnCause.OFFBOARDING, "x"));
        automation.on(new PhoneNumberReleasedEvent(UUID.randomUUID(), UUID.randomUUID(), "100", EMPLOYEE, null,
                ReturnCause.OFFBOARDING, "x"));
        automation.on(new LicenceSeatReleasedEvent(UUID.randomUUID(), null, UUID.randomUUID(), ReturnCause.DEVICE_RETIRED, "x"));

        assertThat(sent).containsExactly(new CompleteAutomaticallyCommand(OFFBOARDING, AutomaticCompletion.LICENCES_RELEASED),
                new CompleteAutomaticallyCommand(OFFBOARDING, AutomaticCompletion.NUMBERS_RELEASED));
    }

    @Test
    void nothingIsSentWhenNoTaskWaits() {
        automation.on(new AssetReturnedEvent(UUID.randomUUID(), EMPLOYEE, null, "x", ReturnCause.RETURNED));
        assertThat(sent).isEmpty();
    }

    @Test
    void theFinalPayIsThePaidPaymentOfTheMonthOfTheLastDay() {
        waits(AutomaticCompletion.FINAL_PAY_SETTLED);
        UUID may = PayrollCommands.runIdOf(YearMonth.of(2026, 5));
        automation.on(new PayrollPaymentSettledEvent(PayrollCommands.runIdOf(YearMonth.of(2026, 4)), EMPLOYEE, UUID.randomUUID(), true, null));
        automation.on(new PayrollPaymentSettledEvent(may, EMPLOYEE, UUID.randomUUID(), false, "insufficient funds"));
        assertThat(sent).as("April's pay, and May's rejected").isEmpty();

        automation.on(new PayrollPaymentSettledEvent(may, EMPLOYEE, UUID.randomUUID(), true, null));
        assertThat(sent).containsExactly(new CompleteAutomaticallyCommand(OFFBOARDING, AutomaticCompletion.FINAL_PAY_SETTLED));
    }
}
