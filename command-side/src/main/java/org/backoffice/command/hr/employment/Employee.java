package org.backoffice.command.hr.employment;

import org.backoffice.command.hr.employment.Commands.HireEmployeeCommand;
import org.backoffice.command.hr.MonthlySalary;
import org.backoffice.command.hr.PersonalDataVault;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.backoffice.command.hr.employment.Commands.ChangeSalaryCommand;
import org.backoffice.command.hr.employment.Commands.ErasePersonalDataCommand;
import org.backoffice.command.hr.employment.Commands.RecordDisciplinaryActionCommand;
import org.backoffice.command.hr.employment.Commands.TerminateEmployeeCommand;
import org.backoffice.command.hr.employment.Commands.TransferEmployeeCommand;
import org.backoffice.events.common.Money;
import org.backoffice.events.hr.DisciplinaryActionRecordedEvent;
import org.backoffice.events.hr.DisciplinaryActionWithdrawnEvent;
import org.backoffice.events.hr.DisciplinaryLevel;
import org.backoffice.events.hr.TerminationGrounds;
import org.backoffice.events.hr.PerformanceReviewRecordedEvent;
import org.backoffice.events.hr.EmployeeHiredEvent;
import org.backoffice.events.hr.EmployeeLeftEvent;
import org.backoffice.events.hr.EmployeeBankDetailsSetEvent;
import org.backoffice.events.hr.EmployeePersonalDataErasedEvent;
import org.backoffice.events.hr.EmployeeTerminatedEvent;
import org.backoffice.events.hr.EmployeeTransferredEvent;
import org.backoffice.events.hr.SalaryChangedEvent;
import org.backoffice.events.hr.SealedPersonalData;
import org.backoffice.events.hr.EmployeeErasureRequestedEvent;
import org.backoffice.events.hr.PlannedErasure;
import org.backoffice.events.hr.RetentionClass;
import org.backoffice.command.hr.RetentionSettings;
import java.util.List;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.backoffice.command.common.CommandRejectedException.conflict;
import static org.backoffice.command.common.CommandRejectedException.notFound;
import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/**
 * One employment, from hire to termination. The aggregate never holds personal data in the
 * clear: only the sealed values, which it compares when a hire is sent again.
 */
// Snapshots hold this class's fields: change the revision whenever they change, and older
// snapshots are ignored (the aggregate is then rebuilt from its events).
@Revision("5")  // 2: performance reviews remembered per period; 3: sealed bank details; 4: erasure per retention class;
               // 5: the disciplinary record (level, date, expiry, withdrawn) instead of the actions' ids
@Aggregate(repository = "employeeRepository")  // cached and snapshotted: infra AggregateLoadingConfiguration
public class Employee {

    @AggregateIdentifier
    private UUID employeeId;
    private UUID positionId;
    private SealedPersonalData personalData;
    private String department;
    private String jobTitle;
    private LocalDate startDate;
    private Money hireSalary;
    private UUID managerId;
    private LocalDate lastDay;
    private boolean left;
    /** The classes of personal data erased (every class for an erasure stored before the classes). */
    private final Set<RetentionClass> erased = java.util.EnumSet.noneOf(RetentionClass.class);
    private List<PlannedErasure> erasurePlan;
    /** Sealed under the employee's key, like the name. */
    private String sealedIban;
    private String sealedBic;
    /** One step of the disciplinary record: counts from date until the day before expiresOn, unless withdrawn. */
    private record DisciplinaryStep(DisciplinaryLevel level, LocalDate date, LocalDate expiresOn, boolean withdrawn) {

        boolean activeOn(LocalDate day) {
            return !withdrawn && !date.isAfter(day) && day.isBefore(expiresOn);
        }
    }

    /** The disciplinary record by action id, in the order recorded. */
    private final java.util.Map<UUID, DisciplinaryStep> disciplinaryActions = new java.util.LinkedHashMap<>();
    /** Review id by period: one review per period. */
    private final java.util.Map<String, String> reviews = new java.util.HashMap<>();

    protected Employee() {
    }

    boolean isHired() {
        return employeeId != null;
    }

    /**
     * Hires, given what the directory knows on the day: the salary is more than zero, no active
     * employee holds the e-mail, a manager is another active employee. The personal data is
     * sealed under this employee's own key only once every rule holds. (The position, if any, is
     * filled by {@link HiringHandler} in the same unit of work.)
     */
    void hire(HireEmployeeCommand c, EmployeeDirectory directory, PersonalDataVault vault, LocalDate today) {
        MonthlySalary.requirePositive(c.monthlySalary(), "the monthly salary");
        directory.activeHolderOfEmail(c.email(), today, c.employeeId()).ifPresent(holder -> {
            throw conflict("the e-mail " + c.email() + " is used by an active employee");
        });
        if (c.managerId() != null) {
            requireActiveManager(c.employeeId(), c.managerId(), directory, today);
        }
        // The name stays as long as the payroll records that show it; the e-mail is the HR file's.
        SealedPersonalData sealed = new SealedPersonalData(vault.seal(c.employeeId(), RetentionClass.PAYROLL, c.firstName()),
                vault.seal(c.employeeId(), RetentionClass.PAYROLL, c.lastName()),
                vault.seal(c.employeeId(), RetentionClass.HR_FILE, c.email()));
        apply(new EmployeeHiredEvent(c.employeeId(), c.positionId(), sealed, c.department(), c.jobTitle(),
                c.startDate(), c.monthlySalary(), c.managerId()));
    }

    /** The same hire sent again: every fact and, opened, every piece of personal data equal. */
    boolean isSameHire(HireEmployeeCommand c, PersonalDataVault vault) {
        return hasHireFacts(c.positionId(), c.department(), c.jobTitle(), c.startDate(), c.monthlySalary(), c.managerId())
                && java.util.Objects.equals(vault.open(c.employeeId(), personalData.firstName()).orElse(null), c.firstName())
                && java.util.Objects.equals(vault.open(c.employeeId(), personalData.lastName()).orElse(null), c.lastName())
                && java.util.Objects.equals(vault.open(c.employeeId(), personalData.email()).orElse(null), c.email());
    }

    /** The non-personal facts of the hire, for comparing a resent hire. */
    private boolean hasHireFacts(UUID position, String department, String jobTitle, LocalDate start, Money salary, UUID manager) {
        return java.util.Objects.equals(positionId, position) && this.department.equals(department)
                && this.jobTitle.equals(jobTitle) && startDate.equals(start) && hireSalary.equals(salary)
                && java.util.Objects.equals(managerId, manager);
    }

    private boolean isActiveOn(LocalDate day) {
        return lastDay == null || !lastDay.isBefore(day);
    }

    private void requireNotTerminated(String what) {
        if (lastDay != null) {
            throw conflict("employee " + employeeId + " is terminated (last day " + lastDay + "): cannot " + what);
        }
    }

    @CommandHandler
    public void handle(TransferEmployeeCommand c, EmployeeDirectory directory, Clock clock) {
        requireNotTerminated("transfer");
        if (c.managerId() != null) {
            requireActiveManager(employeeId, c.managerId(), directory, LocalDate.now(clock));
        }
        if (c.effectiveDate().isBefore(startDate)) {
            throw ruleViolated("a transfer cannot take effect before the start date " + startDate);
        }
        apply(new EmployeeTransferredEvent(employeeId, c.department(), c.jobTitle(), c.managerId(), c.effectiveDate()));
    }

    static void requireActiveManager(UUID employee, UUID manager, EmployeeDirectory directory, LocalDate today) {
        if (manager.equals(employee)) {
            throw ruleViolated("an employee cannot manage themselves");
        }
        if (!directory.isActiveOn(manager, today)) {
            throw ruleViolated("the manager " + manager + " is not an active employee");
        }
    }

    @CommandHandler
    public void handle(ChangeSalaryCommand c) {
        requireNotTerminated("change the salary");
        if (c.effectiveDate().isBefore(startDate)) {
            throw ruleViolated("a salary change cannot take effect before the start date " + startDate);
        }
        MonthlySalary.requirePositive(c.monthlySalary(), "the monthly salary");
        apply(new SalaryChangedEvent(employeeId, c.monthlySalary(), c.effectiveDate()));
    }

    /**
     * Records a step of the disciplinary record: dated neither in the future nor before the start
     * date, while employed. The reason is sealed under the employee's HR-file key; the expiry is
     * fixed now from the setting (date + warning-validity-months).
     */
    @CommandHandler
    public void handle(RecordDisciplinaryActionCommand c, Clock clock, PersonalDataVault vault, DisciplineSettings settings) {
        if (disciplinaryActions.containsKey(c.actionId())) {
            return; // the same action resent: recorded once
        }
        LocalDate today = LocalDate.now(clock);
        if (!isActiveOn(today)) {
            throw conflict("employee " + employeeId + " is no longer employed: no disciplinary action");
        }
        if (c.date().isAfter(today)) {
            throw ruleViolated("date", "a disciplinary action cannot be dated in the future (" + c.date() + ", today is " + today + ")");
        }
        if (c.date().isBefore(startDate)) {
            throw ruleViolated("date", "a disciplinary action cannot be dated before the start date " + startDate);
        }
        apply(new DisciplinaryActionRecordedEvent(employeeId, c.actionId(), c.level(), null, c.date(),
                vault.seal(employeeId, RetentionClass.HR_FILE, c.reason()),
                c.date().plusMonths(settings.warningValidityMonths())));
    }

    /** Takes a disciplinary action back, once, with a reason (sealed like the action's). */
    @CommandHandler
    public void handle(Commands.WithdrawDisciplinaryActionCommand c, Clock clock, PersonalDataVault vault) {
        DisciplinaryStep step = disciplinaryActions.get(c.actionId());
        if (step == null) {
            throw notFound("employee " + employeeId + " has no disciplinary action " + c.actionId());
        }
        if (step.withdrawn()) {
            throw conflict("disciplinary action " + c.actionId() + " is already withdrawn");
        }
        if (erased.contains(RetentionClass.HR_FILE)) {
            throw conflict("employee " + employeeId + "'s HR file is erased: nothing can be withdrawn");
        }
        apply(new DisciplinaryActionWithdrawnEvent(employeeId, c.actionId(),
                vault.seal(employeeId, RetentionClass.HR_FILE, c.reason()), LocalDate.now(clock)));
    }

    /** The written or final warnings (Abmahnungen) that count on the day: neither withdrawn nor expired. */
    private boolean hasActiveWarningInWritingOn(LocalDate day) {
        return disciplinaryActions.values().stream().anyMatch(s -> s.level().isWarningInWriting() && s.activeOn(day));
    }

    @CommandHandler
    public void handle(Commands.RecordPerformanceReviewCommand c, EmployeeDirectory directory, Clock clock) {
        String same = reviews.get(c.period());
        if (same != null) {
            if (same.equals(c.reviewId().toString())) {
                return; // the same review resent: recorded once
            }
            throw conflict("employee " + employeeId + " already has a review for " + c.period());
        }
        LocalDate today = LocalDate.now(clock);
        if (!isActiveOn(today)) {
            throw conflict("employee " + employeeId + " is no longer employed: no review");
        }
        if (c.reviewerId().equals(employeeId)) {
            throw ruleViolated("an employee cannot review themselves");
        }
        if (!directory.isActiveOn(c.reviewerId(), today)) {
            throw ruleViolated("the reviewer " + c.reviewerId() + " is not an active employee");
        }
        apply(new PerformanceReviewRecordedEvent(employeeId, c.reviewId(), c.period(), c.rating(), c.reviewerId(),
                c.summary()));
    }

    /** The deadline at which a termination takes effect: the start of the last day (UTC). */
    static final String TERMINATION_TAKES_EFFECT = "termination-takes-effect";

    @CommandHandler
    public void handle(TerminateEmployeeCommand c, DeadlineManager deadlines) {
        if (lastDay != null) {
            throw conflict("employee " + employeeId + " is already terminated (last day " + lastDay + ")");
        }
        if (c.effectiveDate().isBefore(startDate.minusDays(1))) {
            throw ruleViolated("the last day of employment cannot be before the start date " + startDate);
        }
        // German law: a dismissal for conduct generally needs a prior warning (Abmahnung, BAG;
        // KSchG §1 (2), BGB §314 (2)) that still counts on the last day.
        if (c.grounds() == TerminationGrounds.CONDUCT && !hasActiveWarningInWritingOn(c.effectiveDate())) {
            throw ruleViolated("grounds", "a termination for conduct needs an active written or final warning on "
                    + c.effectiveDate() + " (neither withdrawn nor expired): employee " + employeeId + " has none");
        }
        apply(new EmployeeTerminatedEvent(employeeId, c.effectiveDate(), c.reason(), c.grounds()));
        // Durable (db-scheduler in PostgreSQL): it fires after a restart too, at once if the day
        // has already come, and once across instances.
        deadlines.schedule(c.effectiveDate().atStartOfDay(ZoneOffset.UTC).toInstant(), TERMINATION_TAKES_EFFECT);
    }

    @DeadlineHandler(deadlineName = TERMINATION_TAKES_EFFECT)
    void terminationTakesEffect() {
        if (lastDay != null && !left) {
            apply(new EmployeeLeftEvent(employeeId, lastDay));
        }
    }

    /**
     * The account the employee is paid to (also after the last day: the final pay). Personal
     * data: sealed under the employee's key, so erasure makes it unreadable. Refused once erased;
     * the same details again change nothing.
     */
    @CommandHandler
    public void handle(Commands.SetEmployeeBankDetailsCommand c, PersonalDataVault vault) {
        if (erased.contains(RetentionClass.PAYROLL)) {
            throw conflict("employee " + employeeId + "'s payroll data is erased: no bank details can be recorded");
        }
        boolean same = sealedIban != null
                && java.util.Objects.equals(vault.open(employeeId, sealedIban).orElse(null), c.iban())
                && java.util.Objects.equals(sealedBic == null ? null : vault.open(employeeId, sealedBic).orElse(null), c.bic());
        if (!same) {
            apply(new EmployeeBankDetailsSetEvent(employeeId, vault.seal(employeeId, RetentionClass.PAYROLL, c.iban()),
                    c.bic() == null ? null : vault.seal(employeeId, RetentionClass.PAYROLL, c.bic())));
        }
    }

    /** The deadline at which one class of personal data has been kept long enough. */
    static final String RETENTION_ENDS = "retention-ends";

    /**
     * Plans the erasure of a former employee's personal data: each class whose retention has
     * run out is erased at once, each other one on a durable deadline the day after its
     * retention ends. Asked again, it answers the same plan.
     */
    @CommandHandler
    public List<PlannedErasure> handle(ErasePersonalDataCommand c, PersonalDataVault vault, Clock clock,
                                       DeadlineManager deadlines, EmployeeDirectory directory,
                                       org.backoffice.command.accounting.closing.FiscalYears fiscalYears,
                                       RetentionSettings retention) {
        if (erasurePlan != null) {
            return erasurePlan;
        }
        LocalDate today = LocalDate.now(clock);
        if (lastDay == null || !lastDay.isBefore(today)) {
            throw conflict("employee " + employeeId + " is not terminated"
                    + (lastDay == null ? "" : " yet (last day " + lastDay + ")") + ": personal data of an employee cannot be erased");
        }
        LocalDate lastPaidOn = directory.lastPaidOn(employeeId).orElse(null);
        List<PlannedErasure> plan = retention.plan(lastDay, lastPaidOn, fiscalYears::endOfFiscalYearContaining);
        apply(new EmployeeErasureRequestedEvent(employeeId, plan));
        for (PlannedErasure p : plan) {
            if (p.retainedUntil().isBefore(today)) {
                erase(p.retentionClass(), vault);
            } else {
                deadlines.schedule(p.retainedUntil().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), RETENTION_ENDS,
                        p.retentionClass());
            }
        }
        return plan;
    }

    @DeadlineHandler(deadlineName = RETENTION_ENDS)
    void retentionEnds(RetentionClass retentionClass, PersonalDataVault vault) {
        erase(retentionClass, vault);
    }

    private void erase(RetentionClass retentionClass, PersonalDataVault vault) {
        if (erased.contains(retentionClass)) {
            return;
        }
        vault.shred(employeeId, retentionClass);
        apply(new EmployeePersonalDataErasedEvent(employeeId, retentionClass));
        if (erasurePlan.stream().allMatch(p -> erased.contains(p.retentionClass()))) {
            vault.shred(employeeId); // the last class: with it any key from before the classes
        }
    }

    /** What is erased of the employee's personal data, by class. */
    public Set<RetentionClass> erasedClasses() {
        return java.util.Collections.unmodifiableSet(erased);
    }

    @EventSourcingHandler
    void on(EmployeeHiredEvent e) {
        employeeId = e.employeeId();
        positionId = e.positionId();
        personalData = e.personalData();
        department = e.department();
        jobTitle = e.jobTitle();
        startDate = e.startDate();
        hireSalary = e.monthlySalary();
        managerId = e.managerId();
    }

    @EventSourcingHandler
    void on(EmployeeTransferredEvent e) {
        department = e.department();
        jobTitle = e.jobTitle();
        managerId = e.managerId();
    }

    @EventSourcingHandler
    void on(PerformanceReviewRecordedEvent e) {
        reviews.put(e.period(), e.reviewId().toString());
    }

    @EventSourcingHandler
    void on(DisciplinaryActionRecordedEvent e) {
        // Actions recorded before the expiry was stored count for the default validity (24 months):
        // no other setting existed when they were recorded.
        disciplinaryActions.put(e.actionId(), new DisciplinaryStep(e.level(), e.date(), e.expiresOnOrDefault(), false));
    }

    @EventSourcingHandler
    void on(DisciplinaryActionWithdrawnEvent e) {
        disciplinaryActions.computeIfPresent(e.actionId(),
                (id, s) -> new DisciplinaryStep(s.level(), s.date(), s.expiresOn(), true));
    }

    @EventSourcingHandler
    void on(EmployeeTerminatedEvent e) {
        lastDay = e.effectiveDate();
    }

    @EventSourcingHandler
    void on(EmployeeLeftEvent e) {
        left = true;
    }

    @EventSourcingHandler
    void on(EmployeeBankDetailsSetEvent e) {
        sealedIban = e.sealedIban();
        sealedBic = e.sealedBic();
    }

    @EventSourcingHandler
    void on(EmployeeErasureRequestedEvent e) {
        erasurePlan = List.copyOf(e.plan());
    }

    @EventSourcingHandler
    void on(EmployeePersonalDataErasedEvent e) {
        if (e.retentionClass() == null) {
            erased.addAll(java.util.EnumSet.allOf(RetentionClass.class));
            erasurePlan = erasurePlan == null ? List.of() : erasurePlan;
        } else {
            erased.add(e.retentionClass());
        }
    }
}
