package org.backoffice.command.it.asset;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.backoffice.command.hr.employment.EmployeeDirectory;
import org.backoffice.command.it.asset.AssetCommands.AssignAssetCommand;
import org.backoffice.command.it.asset.AssetCommands.CompleteAssetRepairCommand;
import org.backoffice.command.it.asset.AssetCommands.InstallAssetCommand;
import org.backoffice.command.it.asset.AssetCommands.RegisterAssetCommand;
import org.backoffice.command.it.asset.AssetCommands.RetireAssetCommand;
import org.backoffice.command.it.asset.AssetCommands.ReturnAssetCommand;
import org.backoffice.command.it.asset.AssetCommands.SendAssetToRepairCommand;
import org.backoffice.events.common.Money;
import org.backoffice.events.it.AssetAssignedEvent;
import org.backoffice.events.it.AssetInstalledEvent;
import org.backoffice.events.it.AssetRegisteredEvent;
import org.backoffice.events.it.AssetRepairCompletedEvent;
import org.backoffice.events.it.AssetRetiredEvent;
import org.backoffice.events.it.AssetReturnedEvent;
import org.backoffice.events.it.AssetSentToRepairEvent;
import org.backoffice.events.it.AssetType;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.backoffice.command.common.CommandRejectedException.conflict;
import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/**
 * A device or line through its life: IN_STOCK, then ASSIGNED (to an active employee) or
 * INSTALLED (at a location), back IN_STOCK on return; IN_REPAIR and back; RETIRED for good.
 * Every refused transition names the current status.
 */
// Snapshots hold this class's fields: change the revision whenever they change, and older
// snapshots are ignored (the aggregate is then rebuilt from its events).
@Revision("2")
@Aggregate(repository = "assetRepository")  // cached and snapshotted: infra AggregateLoadingConfiguration
public class Asset {

    public enum Status { IN_STOCK, ASSIGNED, INSTALLED, IN_REPAIR, RETIRED }

    @AggregateIdentifier
    private UUID assetId;
    private AssetType type;
    private String serialNumber;
    private String model;
    private LocalDate purchaseDate;
    private Money purchaseCost;
    private String registeredLocation;
    private Status status;
    private UUID employeeId;
    private String location;
    private LocalDate warrantyEndsOn;

    static final String WARRANTY_ENDING = "asset-warranty-ending";

    protected Asset() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegisterAssetCommand c, AssetDirectory directory) {
        if (assetId != null) {
            if (type != c.type() || !serialNumber.equals(c.serialNumber()) || !model.equals(c.model())
                    || !Objects.equals(purchaseDate, c.purchaseDate()) || !Objects.equals(purchaseCost, c.purchaseCost())
                    || !Objects.equals(registeredLocation, c.location())) {
                throw conflict("asset " + c.assetId() + " already exists with different details");
            }
            return;
        }
        directory.holderOfSerial(c.serialNumber()).filter(holder -> !holder.equals(c.assetId())).ifPresent(holder -> {
            throw conflict("serial number " + c.serialNumber() + " is already registered");
        });
        if (c.purchaseCost() != null && c.purchaseCost().amount().signum() < 0) {
            throw ruleViolated("the purchase cost cannot be negative");
        }
        apply(new AssetRegisteredEvent(c.assetId(), c.type(), c.serialNumber(), c.model(), c.purchaseDate(),
                c.purchaseCost(), c.location()));
    }

    private void require(Status expected, String action) {
        if (status != expected) {
            throw conflict("asset " + serialNumber + " is " + status + ": only an " + expected + " asset can be " + action);
        }
    }

    @CommandHandler
    public void handle(InstallAssetCommand c) {
        require(Status.IN_STOCK, "installed");
        apply(new AssetInstalledEvent(assetId, c.location()));
    }

    @CommandHandler
    public void handle(AssignAssetCommand c, EmployeeDirectory employees, Clock clock) {
        require(Status.IN_STOCK, "assigned");
        if (!employees.isActiveOn(c.employeeId(), LocalDate.now(clock))) {
            throw ruleViolated("employee " + c.employeeId() + " is not an active employee");
        }
        apply(new AssetAssignedEvent(assetId, c.employeeId()));
    }

    @CommandHandler
    public void handle(ReturnAssetCommand c) {
        if (c.expectedHolder() != null && !c.expectedHolder().equals(employeeId)) {
            return; // offboarding found it already back (or with someone else): nothing to return
        }
        if (status != Status.ASSIGNED && status != Status.INSTALLED) {
            throw conflict("asset " + serialNumber + " is " + status + ": only an ASSIGNED or INSTALLED asset can be returned");
        }
        apply(new AssetReturnedEvent(assetId, employeeId, location, c.note(), c.cause()));
    }

    @CommandHandler
    public void handle(SendAssetToRepairCommand c) {
        if (status == Status.RETIRED || status == Status.IN_REPAIR) {
            throw conflict("asset " + serialNumber + " is " + status + ": it cannot be sent to repair");
        }
        apply(new AssetSentToRepairEvent(assetId, c.description(), employeeId, location));
    }

    @CommandHandler
    public void handle(CompleteAssetRepairCommand c) {
        require(Status.IN_REPAIR, "back from repair");
        apply(new AssetRepairCompletedEvent(assetId));
    }

    @CommandHandler
    public void handle(RetireAssetCommand c) {
        if (status == Status.RETIRED || status == Status.ASSIGNED) {
            throw conflict("asset " + serialNumber + " is " + status + ": it cannot be retired"
                    + (status == Status.ASSIGNED ? " before it is returned" : ""));
        }
        apply(new AssetRetiredEvent(assetId, c.reason()));
    }

    /**
     * The warranty's end, with a durable reminder 30 days before it (an Axon deadline on
     * db-scheduler: after a restart too, once across instances; at once when that day has passed).
     */
    @CommandHandler
    public void handle(AssetCommands.SetWarrantyCommand c, org.axonframework.deadline.DeadlineManager deadlines) {
        if (status == Status.RETIRED) {
            throw conflict("asset " + serialNumber + " is RETIRED: its warranty no longer matters");
        }
        if (java.util.Objects.equals(warrantyEndsOn, c.endsOn())) {
            return;
        }
        apply(new org.backoffice.events.it.AssetWarrantySetEvent(assetId, c.endsOn()));
        deadlines.cancelAllWithinScope(WARRANTY_ENDING);
        deadlines.schedule(c.endsOn().minusDays(30).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), WARRANTY_ENDING, c.endsOn());
    }

    @org.axonframework.deadline.annotation.DeadlineHandler(deadlineName = WARRANTY_ENDING)
    void warrantyEnding(LocalDate endsOn) {
        if (endsOn.equals(warrantyEndsOn) && status != Status.RETIRED) {
            apply(new org.backoffice.events.it.AssetWarrantyEndingEvent(assetId, endsOn));
        }
    }

    @EventSourcingHandler
    void on(org.backoffice.events.it.AssetWarrantySetEvent e) {
        warrantyEndsOn = e.endsOn();
    }

    @EventSourcingHandler
    void on(AssetRegisteredEvent e) {
        assetId = e.assetId();
        type = e.type();
        serialNumber = e.serialNumber();
        model = e.model();
        purchaseDate = e.purchaseDate();
        purchaseCost = e.purchaseCost();
        registeredLocation = e.location();
        status = Status.IN_STOCK;
    }

    @EventSourcingHandler
    void on(AssetInstalledEvent e) {
        status = Status.INSTALLED;
        location = e.location();
    }

    @EventSourcingHandler
    void on(AssetAssignedEvent e) {
        status = Status.ASSIGNED;
        employeeId = e.employeeId();
    }

    @EventSourcingHandler
    void on(AssetReturnedEvent e) {
        status = Status.IN_STOCK;
        employeeId = null;
        location = null;
    }

    @EventSourcingHandler
    void on(AssetSentToRepairEvent e) {
        status = Status.IN_REPAIR;
        employeeId = null;
        location = null;
    }

    @EventSourcingHandler
    void on(AssetRepairCompletedEvent e) {
        status = Status.IN_STOCK;
    }

    @EventSourcingHandler
    void on(AssetRetiredEvent e) {
        status = Status.RETIRED;
        employeeId = null;
        location = null;
    }
}
