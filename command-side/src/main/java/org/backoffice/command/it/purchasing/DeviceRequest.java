package org.backoffice.command.it.purchasing;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.backoffice.command.hr.employment.EmployeeDirectory;
import org.backoffice.command.it.asset.AssetDirectory;
import org.backoffice.command.it.purchasing.PurchasingCommands.ApproveDeviceRequestCommand;
import org.backoffice.command.it.purchasing.PurchasingCommands.RejectDeviceRequestCommand;
import org.backoffice.command.it.purchasing.PurchasingCommands.RequestDeviceCommand;
import org.backoffice.events.it.AssetType;
import org.backoffice.events.it.purchasing.DeviceRequestApprovedEvent;
import org.backoffice.events.it.purchasing.DeviceRequestReason;
import org.backoffice.events.it.purchasing.DeviceRequestRejectedEvent;
import org.backoffice.events.it.purchasing.DeviceRequestedEvent;

import java.util.Objects;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.backoffice.command.common.CommandRejectedException.conflict;
import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/**
 * A request for a device: REQUESTED, then APPROVED with a model of the catalogue or REJECTED
 * with a reason; an order that fulfils it makes it ORDERED (the directory records that, so that
 * no two orders fulfil one request).
 */
@Revision("1")
@Aggregate
public class DeviceRequest {

    @AggregateIdentifier
    private UUID requestId;
    private DeviceRequestReason reason;
    private AssetType type;
    private UUID employeeId;
    private UUID replacesAssetId;
    private String note;
    private String status;

    protected DeviceRequest() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RequestDeviceCommand c, EmployeeDirectory employees, AssetDirectory assets) {
        if (requestId != null) {
            if (reason != c.reason() || type != c.type() || !Objects.equals(employeeId, c.employeeId())
                    || !Objects.equals(replacesAssetId, c.replacesAssetId()) || !Objects.equals(note, c.note())) {
                throw conflict("device request " + c.requestId() + " already exists with different details");
            }
            return;
        }
        if (c.reason() == DeviceRequestReason.NEW_HIRE) {
            if (c.employeeId() == null) {
                throw ruleViolated("employeeId", "a request for a new hire names the employee");
            }
            if (employees.find(c.employeeId()).filter(e -> !e.hasLeft() && e.lastDay() == null).isEmpty()) {
                throw ruleViolated("employeeId", "employee " + c.employeeId() + " is not hired (or is leaving)");
            }
        }
        if (c.reason() == DeviceRequestReason.REPLACEMENT) {
            if (c.replacesAssetId() == null) {
                throw ruleViolated("replacesAssetId", "a replacement names the device it replaces");
            }
            if (!assets.inService(c.replacesAssetId())) {
                throw ruleViolated("replacesAssetId", "device " + c.replacesAssetId() + " does not exist or is retired");
            }
        }
        apply(new DeviceRequestedEvent(c.requestId(), c.reason(), c.type(), c.employeeId(), c.replacesAssetId(), c.note()));
    }

    @CommandHandler
    public void handle(ApproveDeviceRequestCommand c, PurchasingDirectory directory) {
        if (!"REQUESTED".equals(status)) {
            throw conflict("device request " + requestId + " is " + status + ": only a REQUESTED one can be approved");
        }
        var model = directory.model(c.modelId()).orElseThrow(() -> ruleViolated("modelId", "catalogue model " + c.modelId() + " does not exist"));
        if (model.discontinued()) {
            throw ruleViolated("modelId", model.name() + " is discontinued");
        }
        if (model.type() != type) {
            throw ruleViolated("modelId", model.name() + " is a " + model.type() + ", the request is for a " + type);
        }
        apply(new DeviceRequestApprovedEvent(requestId, c.modelId()));
    }

    @CommandHandler
    public void handle(RejectDeviceRequestCommand c) {
        if (!"REQUESTED".equals(status)) {
            throw conflict("device request " + requestId + " is " + status + ": only a REQUESTED one can be rejected");
        }
        apply(new DeviceRequestRejectedEvent(requestId, c.reason()));
    }

    @EventSourcingHandler
    void on(DeviceRequestedEvent e) {
        requestId = e.requestId();
        reason = e.reason();
        type = e.type();
        employeeId = e.employeeId();
        replacesAssetId = e.replacesAssetId();
        note = e.note();
        status = "REQUESTED";
    }

    @EventSourcingHandler
    void on(DeviceRequestApprovedEvent e) {
        status = "APPROVED";
    }

    @EventSourcingHandler
    void on(DeviceRequestRejectedEvent e) {
        status = "REJECTED";
    }
}
