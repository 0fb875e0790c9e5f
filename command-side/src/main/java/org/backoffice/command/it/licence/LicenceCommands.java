package org.backoffice.command.it.licence;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.backoffice.events.common.Money;
import org.backoffice.events.it.BillingPeriod;
import org.backoffice.events.it.ReturnCause;

import java.time.LocalDate;
import java.util.UUID;

public final class LicenceCommands {

    private LicenceCommands() {
    }

    public record RegisterLicenceCommand(@TargetAggregateIdentifier UUID licenceId, String product, String vendor, int seats,
                                         Money costPerPeriod, BillingPeriod billingPeriod, LocalDate renewalDate, int reminderDays) {
    }

    public record ChangeLicenceSeatsCommand(@TargetAggregateIdentifier UUID licenceId, int seats) {
    }

    public record RenewLicenceCommand(@TargetAggregateIdentifier UUID licenceId, LocalDate renewalDate) {
    }

    /** Exactly one of employeeId and assetId. */
    public record AssignLicenceSeatCommand(@TargetAggregateIdentifier UUID licenceId, UUID employeeId, UUID assetId) {
    }

    /** The seat of holder (an employee or a device); conditional, when offboarding or retiring asks, on it still being held. */
    public record ReleaseLicenceSeatCommand(@TargetAggregateIdentifier UUID licenceId, UUID holder, ReturnCause cause, String note,
                                            boolean onlyIfHeld) {
    }
}
