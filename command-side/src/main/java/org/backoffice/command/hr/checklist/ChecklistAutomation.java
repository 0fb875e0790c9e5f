package org.backoffice.command.hr.checklist;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.backoffice.command.accounting.payroll.PayrollCommands;
import org.backoffice.command.hr.checklist.ChecklistCommands.CompleteAutomaticallyCommand;
import org.backoffice.command.hr.checklist.ChecklistCommands.OpenChecklistCommand;
import org.backoffice.command.it.asset.AssetDirectory;
import org.backoffice.command.it.asset.OffboardingProcessor;
import org.backoffice.command.it.licence.LicenceDirectory;
import org.backoffice.command.it.telephony.TelephonyDirectory;
import org.backoffice.events.accounting.PayrollPaymentSettledEvent;
import org.backoffice.events.hr.AutomaticCompletion;
import org.backoffice.events.hr.ChecklistKind;
import org.backoffice.events.hr.ChecklistTask;
import org.backoffice.events.hr.EmployeeHiredEvent;
import org.backoffice.events.hr.EmployeeTerminatedEvent;
import org.backoffice.events.it.AssetReturnedEvent;
import org.backoffice.events.it.AssetSentToRepairEvent;
import org.backoffice.events.it.LicenceSeatReleasedEvent;
import org.backoffice.events.it.PhoneNumberReleasedEvent;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Opens the checklists (a hire its onboarding, a termination its offboarding, from the configured
 * templates) and completes their tasks where the system sees them done. The mapping of what is
 * seen to which task, in two places:
 * <ul>
 *     <li>{@link #seesNow}: what can be read from the command side's lookup tables at any time
 *     (asked when the checklist opens and whenever an event below may have changed it);</li>
 *     <li>the event handlers: which event may complete which {@link AutomaticCompletion}.</li>
 * </ul>
 * A new automatic completion is a constant of AutomaticCompletion, its case in seesNow and a
 * handler for the event that completes it. Part of the
 * offboarding processor (one event per transaction, never replayed); each command is idempotent
 * (a checklist opens once per employee and kind, a done task is not done again).
 */
@Component
@ProcessingGroup(OffboardingProcessor.PROCESSING_GROUP)
public class ChecklistAutomation {

    private final CommandGateway commands;
    private final ChecklistSettings settings;
    private final ChecklistDirectory checklists;
    private final AssetDirectory assets;
    private final LicenceDirectory licences;
    private final TelephonyDirectory numbers;

    public ChecklistAutomation(CommandGateway commands, ChecklistSettings settings, ChecklistDirectory checklists,
                               AssetDirectory assets, LicenceDirectory licences, TelephonyDirectory numbers) {
        this.commands = commands;
        this.settings = settings;
        this.checklists = checklists;
        this.assets = assets;
        this.licences = licences;
        this.numbers = numbers;
    }

    /** Whether the completion is seen in the current state; false for those only an event can say. */
    boolean seesNow(AutomaticCompletion completion, UUID employee) {
        return switch (completion) {
            case DEVICES_RETURNED -> assets.assetsHeldBy(employee).isEmpty();
            case LICENCES_RELEASED -> licences.licencesHeldBy(employee).isEmpty();
            case NUMBERS_RELEASED -> numbers.numbersHeldBy(employee).isEmpty();
            case FINAL_PAY_SETTLED -> false; // only its PayrollPaymentSettledEvent says so
            case UNTAKEN_LEAVE_SETTLED -> false; // only its LeaveAccountSettledEvent says so
        };
    }

    @EventHandler
    @DisallowReplay
    void on(EmployeeHiredEvent e) {
        open(e.employeeId(), ChecklistKind.ONBOARDING, e.startDate());
    }

    @EventHandler
    @DisallowReplay
    void on(EmployeeTerminatedEvent e) {
        open(e.employeeId(), ChecklistKind.OFFBOARDING, e.effectiveDate());
    }

    private void open(UUID employee, ChecklistKind kind, LocalDate referenceDate) {
        List<ChecklistTask> tasks = settings.tasksFor(kind, referenceDate);
        if (tasks.isEmpty()) {
            return; // no template of this kind configured
        }
        Set<AutomaticCompletion> seen = EnumSet.noneOf(AutomaticCompletion.class);
        tasks.stream().map(ChecklistTask::automaticCompletion).filter(Objects::nonNull).distinct()
                .filter(c -> seesNow(c, employee)).forEach(seen::add);
        commands.sendAndWait(new OpenChecklistCommand(ChecklistCommands.checklistIdOf(employee, kind), employee, kind,
                referenceDate, tasks, seen));
    }

    // What may complete a task: each event names the employee and the completion it may bring.

    @EventHandler
    @DisallowReplay
    void on(AssetReturnedEvent e) {
        check(e.fromEmployeeId(), AutomaticCompletion.DEVICES_RETURNED);
    }

    @EventHandler
    @DisallowReplay
    void on(AssetSentToRepairEvent e) {
        check(e.fromEmployeeId(), AutomaticCompletion.DEVICES_RETURNED);
    }

    @EventHandler
    @DisallowReplay
    void on(LicenceSeatReleasedEvent e) {
        check(e.employeeId(), AutomaticCompletion.LICENCES_RELEASED);
    }

    @EventHandler
    @DisallowReplay
    void on(PhoneNumberReleasedEvent e) {
        check(e.employeeId(), AutomaticCompletion.NUMBERS_RELEASED);
    }

    /** The final pay: the employee's payment of the run of the month of the last day, paid. */
    @EventHandler
    @DisallowReplay
    void on(PayrollPaymentSettledEvent e) {
        if (!e.paid()) {
            return; // a rejected payment leaves the task open (done by hand once paid otherwise)
        }
        for (ChecklistDirectory.WaitingTask waiting : checklists.waitingFor(e.employeeId(), AutomaticCompletion.FINAL_PAY_SETTLED)) {
            if (PayrollCommands.runIdOf(YearMonth.from(waiting.referenceDate())).equals(e.runId())) {
                commands.sendAndWait(new CompleteAutomaticallyCommand(waiting.checklistId(), AutomaticCompletion.FINAL_PAY_SETTLED));
            }
        }
    }

    /** The leave account settled when the termination took effect: the untaken days are counted (and paid out or not). */
    @EventHandler
    @DisallowReplay
    void on(org.backoffice.events.hr.LeaveAccountSettledEvent e) {
        complete(e.employeeId(), AutomaticCompletion.UNTAKEN_LEAVE_SETTLED);
    }

    /** Completes every waiting task of the employee the event may have completed, if the state says it is. */
    private void check(UUID employee, AutomaticCompletion completion) {
        if (employee == null) {
            return;
        }
        List<ChecklistDirectory.WaitingTask> waiting = checklists.waitingFor(employee, completion);
        if (!waiting.isEmpty() && seesNow(completion, employee)) {
            waiting.forEach(w -> commands.sendAndWait(new CompleteAutomaticallyCommand(w.checklistId(), completion)));
        }
    }

    /** Completes every waiting task of the employee: the event itself is the evidence. */
    private void complete(UUID employee, AutomaticCompletion completion) {
        checklists.waitingFor(employee, completion)
                .forEach(w -> commands.sendAndWait(new CompleteAutomaticallyCommand(w.checklistId(), completion)));
    }
}
