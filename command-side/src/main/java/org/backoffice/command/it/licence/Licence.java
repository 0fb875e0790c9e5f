package org.backoffice.command.it.licence;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.backoffice.command.hr.employment.EmployeeDirectory;
import org.backoffice.command.it.asset.AssetDirectory;
import org.backoffice.command.it.licence.LicenceCommands.AssignLicenceSeatCommand;
import org.backoffice.command.it.licence.LicenceCommands.ChangeLicenceSeatsCommand;
import org.backoffice.command.it.licence.LicenceCommands.RegisterLicenceCommand;
import org.backoffice.command.it.licence.LicenceCommands.ReleaseLicenceSeatCommand;
import org.backoffice.command.it.licence.LicenceCommands.RenewLicenceCommand;
import org.backoffice.events.common.Money;
import org.backoffice.events.it.BillingPeriod;
import org.backoffice.events.it.LicenceRegisteredEvent;
import org.backoffice.events.it.LicenceRenewalDueEvent;
import org.backoffice.events.it.LicenceRenewedEvent;
import org.backoffice.events.it.LicenceSeatAssignedEvent;
import org.backoffice.events.it.LicenceSeatReleasedEvent;
import org.backoffice.events.it.LicenceSeatsChangedEvent;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.backoffice.command.common.CommandRejectedException.conflict;
import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/**
 * A software licence or subscription with its seats. The seats in use never exceed the seats
 * bought: every assignment is decided here, one at a time. A durable reminder (an Axon deadline
 * on db-scheduler: it fires after a restart too, and once across instances) records that the
 * renewal is due reminderDays before the renewal date; renewing sets it again for the next one.
 */
@Revision("1")
@Aggregate
public class Licence {

    static final String RENEWAL_REMINDER = "licence-renewal-reminder";

    @AggregateIdentifier
    private UUID licenceId;
    private String product;
    private String vendor;
    private int seats;
    private Money costPerPeriod;
    private BillingPeriod billingPeriod;
    private LocalDate renewalDate;
    private int reminderDays;
    /** holder (employee or device) → true for an employee. */
    private final Map<UUID, Boolean> holders = new HashMap<>();

    protected Licence() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegisterLicenceCommand c, DeadlineManager deadlines) {
        if (licenceId != null) {
            if (!product.equals(c.product()) || !Objects.equals(vendor, c.vendor()) || seats != c.seats()
                    || !costPerPeriod.equals(c.costPerPeriod()) || billingPeriod != c.billingPeriod()
                    || !renewalDate.equals(c.renewalDate()) || reminderDays != c.reminderDays()) {
                throw conflict("licence " + c.licenceId() + " already exists with different details");
            }
            return;
        }
        if (c.costPerPeriod().amount().signum() < 0) {
            throw ruleViolated("costPerPeriod", "the cost cannot be negative");
        }
        apply(new LicenceRegisteredEvent(c.licenceId(), c.product(), c.vendor(), c.seats(), c.costPerPeriod(), c.billingPeriod(),
                c.renewalDate(), c.reminderDays()));
        remind(deadlines);
    }

    /** Durable: fires at the start (UTC) of the day reminderDays before the renewal, at once if that day has passed. */
    private void remind(DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(RENEWAL_REMINDER);
        deadlines.schedule(renewalDate.minusDays(reminderDays).atStartOfDay(ZoneOffset.UTC).toInstant(), RENEWAL_REMINDER, renewalDate);
    }

    @DeadlineHandler(deadlineName = RENEWAL_REMINDER)
    void renewalReminder(LocalDate forRenewal) {
        if (forRenewal.equals(renewalDate)) { // a reminder for a renewal already done is stale
            apply(new LicenceRenewalDueEvent(licenceId, renewalDate));
        }
    }

    @CommandHandler
    public void handle(ChangeLicenceSeatsCommand c) {
        if (c.seats() < holders.size()) {
            throw conflict("seats", product + " has " + holders.size() + " seats assigned: release some before buying only " + c.seats());
        }
        if (c.seats() != seats) {
            apply(new LicenceSeatsChangedEvent(licenceId, c.seats()));
        }
    }

    @CommandHandler
    public void handle(RenewLicenceCommand c, DeadlineManager deadlines) {
        if (!c.renewalDate().isAfter(renewalDate)) {
            throw ruleViolated("renewalDate", "the next renewal must come after the current one (" + renewalDate + ")");
        }
        apply(new LicenceRenewedEvent(licenceId, renewalDate, c.renewalDate()));
        remind(deadlines);
    }

    @CommandHandler
    public void handle(AssignLicenceSeatCommand c, EmployeeDirectory employees, AssetDirectory assets, Clock clock) {
        UUID holder = c.employeeId() != null ? c.employeeId() : c.assetId();
        if (holders.containsKey(holder)) {
            return; // holds a seat already: one seat each
        }
        if (holders.size() >= seats) {
            throw conflict(product + " has all its " + seats + " seats assigned: buy more seats or release one");
        }
        if (c.employeeId() != null && !employees.isActiveOn(c.employeeId(), LocalDate.now(clock))) {
            throw ruleViolated("employeeId", "employee " + c.employeeId() + " is not an active employee");
        }
        if (c.assetId() != null && !assets.inService(c.assetId())) {
            throw ruleViolated("assetId", "device " + c.assetId() + " does not exist or is retired");
        }
        apply(new LicenceSeatAssignedEvent(licenceId, c.employeeId(), c.assetId()));
    }

    @CommandHandler
    public void handle(ReleaseLicenceSeatCommand c) {
        Boolean employee = holders.get(c.holder());
        if (employee == null) {
            if (c.onlyIfHeld()) {
                return;
            }
            throw conflict(c.holder() + " holds no seat of " + product);
        }
        apply(new LicenceSeatReleasedEvent(licenceId, employee ? c.holder() : null, employee ? null : c.holder(), c.cause(), c.note()));
    }

    @EventSourcingHandler
    void on(LicenceRegisteredEvent e) {
        licenceId = e.licenceId();
        product = e.product();
        vendor = e.vendor();
        seats = e.seats();
        costPerPeriod = e.costPerPeriod();
        billingPeriod = e.billingPeriod();
        renewalDate = e.renewalDate();
        reminderDays = e.reminderDays();
    }

    @EventSourcingHandler
    void on(LicenceSeatsChangedEvent e) {
        seats = e.seats();
    }

    @EventSourcingHandler
    void on(LicenceRenewedEvent e) {
        renewalDate = e.renewalDate();
    }

    @EventSourcingHandler
    void on(LicenceSeatAssignedEvent e) {
        holders.put(e.employeeId() != null ? e.employeeId() : e.assetId(), e.employeeId() != null);
    }

    @EventSourcingHandler
    void on(LicenceSeatReleasedEvent e) {
        holders.remove(e.employeeId() != null ? e.employeeId() : e.assetId());
    }
}
