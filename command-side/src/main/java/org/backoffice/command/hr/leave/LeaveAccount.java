package org.backoffice.command.hr.leave;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.backoffice.command.hr.PersonalDataVault;
import org.backoffice.command.hr.employment.EmployeeDirectory;
import org.backoffice.command.hr.leave.LeaveCommands.ApproveLeaveCommand;
import org.backoffice.command.hr.leave.LeaveCommands.CancelLeaveCommand;
import org.backoffice.command.hr.leave.LeaveCommands.RefuseLeaveCommand;
import org.backoffice.command.hr.leave.LeaveCommands.RequestLeaveCommand;
import org.backoffice.command.hr.leave.LeaveCommands.SetLeaveEntitlementCommand;
import org.backoffice.command.hr.leave.LeaveCommands.SettleLeaveAccountCommand;
import org.backoffice.events.hr.LeaveAccountOpenedEvent;
import org.backoffice.events.hr.LeaveAccountSettledEvent;
import org.backoffice.events.hr.LeaveApprovedEvent;
import org.backoffice.events.hr.LeaveCancelledEvent;
import org.backoffice.events.hr.LeaveEntitlementChangedEvent;
import org.backoffice.events.hr.LeaveRefusedEvent;
import org.backoffice.events.hr.LeaveRequestedEvent;
import org.backoffice.events.hr.LeaveRules;
import org.backoffice.events.hr.LeaveType;
import org.backoffice.events.hr.LeaveYears;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.backoffice.command.common.CommandRejectedException.conflict;
import static org.backoffice.command.common.CommandRejectedException.notFound;
import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/**
 * One employee's absences and annual-leave entitlement. Opens on the first leave or entitlement
 * recorded for the employee, with the rules of the settings then. Every rule that compares
 * leaves with each other (overlaps, the balance) is decided here, in one stream, so two requests
 * sent at once cannot both pass. Employment dates come from the command side's employee
 * directory, kept in step with the employees' events.
 */
@Aggregate
public class LeaveAccount {

    enum Status { REQUESTED, APPROVED, REFUSED, CANCELLED }

    private record Leave(LeaveType type, LocalDate firstDay, LocalDate lastDay, List<LocalDate> workingDays, String sealedNote,
                         Status status) {
        boolean live() {
            return status == Status.REQUESTED || status == Status.APPROVED;
        }

        boolean overlaps(LocalDate first, LocalDate last) {
            return !firstDay.isAfter(last) && !lastDay.isBefore(first);
        }

        Leave with(Status next) {
            return new Leave(type, firstDay, lastDay, workingDays, sealedNote, next);
        }
    }

    @AggregateIdentifier
    private UUID accountId;
    private UUID employeeId;
    private LeaveRules rules;
    private final Map<Integer, BigDecimal> entitlementChanges = new HashMap<>();
    private final Map<UUID, Leave> leaves = new LinkedHashMap<>();
    private LocalDate settledOn;

    protected LeaveAccount() {
    }

    /** The account's id: one per employee, never the employee's own id (ids are unique across aggregates). */
    public static UUID idOf(UUID employeeId) {
        return UUID.nameUUIDFromBytes(("leave-account:" + employeeId).getBytes(StandardCharsets.UTF_8));
    }

    private EmployeeDirectory.Entry employment(UUID employee, EmployeeDirectory directory) {
        return directory.find(employee).orElseThrow(() -> notFound("employee " + employee + " does not exist"));
    }

    private void openIfNew(UUID employee, LeaveSettings settings) {
        if (accountId == null) {
            apply(new LeaveAccountOpenedEvent(employee, settings.rules()));
        }
    }

    private void requireNotSettled() {
        if (settledOn != null) {
            throw conflict("the employment ended on " + settledOn + ": the leave account is settled");
        }
    }

    private static void requireWithinEmployment(EmployeeDirectory.Entry employment, LocalDate first, LocalDate last) {
        if (first.isBefore(employment.hiredOn())) {
            throw ruleViolated("firstDay", "the leave starts before the employment (start date " + employment.hiredOn() + ")");
        }
        if (employment.lastDay() != null && last.isAfter(employment.lastDay())) {
            throw ruleViolated("lastDay", "the leave ends after the employment (last day " + employment.lastDay() + ")");
        }
    }

    /** The balance with the annual-leave days of the leaves that pass the filter, plus the extra days. */
    private LeaveYears years(EmployeeDirectory.Entry employment, Predicate<Leave> counted, List<LocalDate> extra) {
        return years(employment, counted, extra, entitlementChanges);
    }

    private LeaveYears years(EmployeeDirectory.Entry employment, Predicate<Leave> counted, List<LocalDate> extra,
                             Map<Integer, BigDecimal> changes) {
        List<LocalDate> drawn = new java.util.ArrayList<>(extra);
        leaves.values().stream().filter(l -> l.type().drawsOnEntitlement() && counted.test(l))
                .forEach(l -> drawn.addAll(l.workingDays()));
        return new LeaveYears(employment.hiredOn(), employment.lastDay(), rules, changes, drawn);
    }

    private void requireBalance(LeaveYears years, int fromYear, int requested) {
        years.firstOverdrawnYear(fromYear).ifPresent(year -> {
            throw ruleViolated("lastDay", requested + " working days of annual leave exceed the balance of " + year
                    + ": " + years.remaining(year).add(BigDecimal.valueOf(requested)).stripTrailingZeros().toPlainString()
                    + " days left before this leave");
        });
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RequestLeaveCommand c, EmployeeDirectory directory, WorkingDayCalendar calendar, LeaveSettings settings,
                       PersonalDataVault vault) {
        Leave same = leaves.get(c.leaveId());
        if (same != null) {
            if (same.type() == c.type() && same.firstDay().equals(c.firstDay()) && same.lastDay().equals(c.lastDay())
                    && Objects.equals(same.sealedNote() == null ? null : vault.open(c.employeeId(), same.sealedNote()).orElse(null), c.note())) {
                return; // the same request resent
            }
            throw conflict("leave " + c.leaveId() + " already exists with different details");
        }
        EmployeeDirectory.Entry employment = employment(c.employeeId(), directory);
        requireNotSettled();
        if (c.lastDay().isBefore(c.firstDay())) {
            throw ruleViolated("lastDay", "the leave ends (" + c.lastDay() + ") before it starts (" + c.firstDay() + ")");
        }
        requireWithinEmployment(employment, c.firstDay(), c.lastDay());
        leaves.entrySet().stream().filter(e -> e.getValue().live() && e.getValue().overlaps(c.firstDay(), c.lastDay()))
                .findFirst().ifPresent(e -> {
                    throw conflict("the leave overlaps leave " + e.getKey() + " (" + e.getValue().type() + ", "
                            + e.getValue().firstDay() + " to " + e.getValue().lastDay() + ", " + e.getValue().status() + ")");
                });
        List<LocalDate> days = calendar.workingDays(c.firstDay(), c.lastDay());
        if (days.isEmpty()) {
            throw ruleViolated("lastDay", "there is no working day from " + c.firstDay() + " to " + c.lastDay()
                    + " (weekends and public holidays do not count)");
        }
        openIfNew(c.employeeId(), settings);
        if (c.type().drawsOnEntitlement()) {
            requireBalance(years(employment, Leave::live, days), c.firstDay().getYear(), days.size());
        }
        apply(new LeaveRequestedEvent(c.employeeId(), c.leaveId(), c.type(), c.firstDay(), c.lastDay(), days,
                c.note() == null ? null : vault.seal(c.employeeId(), c.note())));
        if (c.type().approvedWhenRecorded()) {
            apply(new LeaveApprovedEvent(c.employeeId(), c.leaveId(), c.type(), c.firstDay(), c.lastDay()));
        }
    }

    private Leave leave(UUID leaveId) {
        Leave leave = leaves.get(leaveId);
        if (leave == null) {
            throw notFound("leave " + leaveId + " of employee " + employeeId + " does not exist");
        }
        return leave;
    }

    private Leave requested(UUID leaveId, String what) {
        Leave leave = leave(leaveId);
        if (leave.status() != Status.REQUESTED) {
            throw conflict("leave " + leaveId + " is " + leave.status() + ": it cannot be " + what);
        }
        return leave;
    }

    @CommandHandler
    public void handle(ApproveLeaveCommand c, EmployeeDirectory directory) {
        Leave leave = requested(c.leaveId(), "approved");
        requireNotSettled();
        EmployeeDirectory.Entry employment = employment(employeeId, directory);
        requireWithinEmployment(employment, leave.firstDay(), leave.lastDay());
        if (leave.type().drawsOnEntitlement()) {
            requireBalance(years(employment, l -> l.status() == Status.APPROVED, leave.workingDays()),
                    leave.firstDay().getYear(), leave.workingDays().size());
        }
        apply(new LeaveApprovedEvent(employeeId, c.leaveId(), leave.type(), leave.firstDay(), leave.lastDay()));
    }

    @CommandHandler
    public void handle(RefuseLeaveCommand c) {
        requested(c.leaveId(), "refused");
        apply(new LeaveRefusedEvent(employeeId, c.leaveId(), c.reason()));
    }

    @CommandHandler
    public void handle(CancelLeaveCommand c) {
        Leave leave = leave(c.leaveId());
        if (!leave.live()) {
            throw conflict("leave " + c.leaveId() + " is " + leave.status() + ": it cannot be cancelled");
        }
        requireNotSettled();
        apply(new LeaveCancelledEvent(employeeId, c.leaveId(), c.reason()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SetLeaveEntitlementCommand c, EmployeeDirectory directory, LeaveSettings settings) {
        EmployeeDirectory.Entry employment = employment(c.employeeId(), directory);
        requireNotSettled();
        if (c.fromYear() < employment.hiredOn().getYear()) {
            throw ruleViolated("fromYear", "the employment started in " + employment.hiredOn().getYear());
        }
        openIfNew(c.employeeId(), settings);
        if (c.annualDays().compareTo(rules.annualDays()) == 0 && !entitlementChanges.containsKey(c.fromYear())
                && entitlementChanges.keySet().stream().noneMatch(y -> y <= c.fromYear())) {
            return; // the rule in force already
        }
        Map<Integer, BigDecimal> changed = new HashMap<>(entitlementChanges);
        changed.put(c.fromYear(), c.annualDays());
        years(employment, l -> l.status() == Status.APPROVED, List.of(), changed).firstOverdrawnYear(c.fromYear()).ifPresent(year -> {
            throw conflict("annualDays", "the approved annual leave of " + year + " exceeds what "
                    + c.annualDays().stripTrailingZeros().toPlainString() + " days a year allow; cancel leave first");
        });
        apply(new LeaveEntitlementChangedEvent(c.employeeId(), c.fromYear(), c.annualDays()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SettleLeaveAccountCommand c, EmployeeDirectory directory, LeaveSettings settings) {
        if (settledOn != null) {
            return; // the termination's effect redelivered
        }
        EmployeeDirectory.Entry employment = employment(c.employeeId(), directory);
        openIfNew(c.employeeId(), settings);
        leaves.entrySet().stream().filter(e -> e.getValue().live() && e.getValue().firstDay().isAfter(c.lastDay()))
                .map(Map.Entry::getKey).toList()
                .forEach(id -> apply(new LeaveCancelledEvent(employeeId, id, "the employment ended on " + c.lastDay())));
        BigDecimal untaken = years(employment, l -> l.status() == Status.APPROVED, List.of()).untakenOn(c.lastDay());
        apply(new LeaveAccountSettledEvent(employeeId, c.lastDay(), untaken,
                settings.payOutUntaken() && untaken.signum() > 0));
    }

    @EventSourcingHandler
    void on(LeaveAccountOpenedEvent e) {
        accountId = idOf(e.employeeId());
        employeeId = e.employeeId();
        rules = e.rules();
    }

    @EventSourcingHandler
    void on(LeaveEntitlementChangedEvent e) {
        entitlementChanges.put(e.fromYear(), e.annualDays());
    }

    @EventSourcingHandler
    void on(LeaveRequestedEvent e) {
        leaves.put(e.leaveId(), new Leave(e.type(), e.firstDay(), e.lastDay(), List.copyOf(e.workingDays()), e.sealedNote(),
                Status.REQUESTED));
    }

    @EventSourcingHandler
    void on(LeaveApprovedEvent e) {
        leaves.computeIfPresent(e.leaveId(), (id, l) -> l.with(Status.APPROVED));
    }

    @EventSourcingHandler
    void on(LeaveRefusedEvent e) {
        leaves.computeIfPresent(e.leaveId(), (id, l) -> l.with(Status.REFUSED));
    }

    @EventSourcingHandler
    void on(LeaveCancelledEvent e) {
        leaves.computeIfPresent(e.leaveId(), (id, l) -> l.with(Status.CANCELLED));
    }

    @EventSourcingHandler
    void on(LeaveAccountSettledEvent e) {
        settledOn = e.lastDay();
    }
}
