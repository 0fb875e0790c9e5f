package org.backoffice.command.it.telephony;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.backoffice.command.hr.employment.EmployeeDirectory;
import org.backoffice.command.it.asset.AssetDirectory;
import org.backoffice.command.it.telephony.TelephonyCommands.AssignPhoneNumberCommand;
import org.backoffice.command.it.telephony.TelephonyCommands.ReleasePhoneNumberCommand;
import org.backoffice.events.it.PhoneNumberAssignedEvent;
import org.backoffice.events.it.PhoneNumberReleasedEvent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.backoffice.command.common.CommandRejectedException.conflict;
import static org.backoffice.command.common.CommandRejectedException.notFound;
import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/**
 * One phone number or extension through its assignments: held by one employee or one device at
 * a time. Its id is derived from the number, so two requests for it meet here and the second is
 * refused.
 */
@Revision("1")
@Aggregate
public class PhoneNumber {

    @AggregateIdentifier
    private UUID numberId;
    private UUID blockId;
    private String number;
    private UUID employeeId;
    private UUID assetId;

    protected PhoneNumber() {
    }

    private boolean held() {
        return employeeId != null || assetId != null;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AssignPhoneNumberCommand c, TelephonyDirectory blocks, EmployeeDirectory employees, AssetDirectory assets,
                       Clock clock) {
        if (held()) {
            if (Objects.equals(employeeId, c.employeeId()) && Objects.equals(assetId, c.assetId()) && blockId.equals(c.blockId())) {
                return; // the same assignment sent again
            }
            throw conflict("number", c.number() + " is already assigned to "
                    + (employeeId != null ? "employee " + employeeId : "device " + assetId));
        }
        var block = blocks.block(c.blockId()).orElseThrow(() -> notFound("number block " + c.blockId() + " does not exist"));
        if (!block.contains(NumberPlan.value(c.number())) || !NumberPlan.of(block.kind(), NumberPlan.value(c.number())).equals(c.number())) {
            throw ruleViolated("number", c.number() + " lies outside the block \"" + block.name() + "\" ("
                    + NumberPlan.of(block.kind(), block.first()) + " to " + NumberPlan.of(block.kind(), block.last()) + ")");
        }
        if (c.employeeId() != null && !employees.isActiveOn(c.employeeId(), LocalDate.now(clock))) {
            throw ruleViolated("employeeId", "employee " + c.employeeId() + " is not an active employee");
        }
        if (c.assetId() != null && !assets.inService(c.assetId())) {
            throw ruleViolated("assetId", "device " + c.assetId() + " does not exist or is retired");
        }
        apply(new PhoneNumberAssignedEvent(c.numberId(), c.blockId(), c.number(), c.employeeId(), c.assetId()));
    }

    @CommandHandler
    public void handle(ReleasePhoneNumberCommand c) {
        if (c.expectedHolder() != null && !c.expectedHolder().equals(employeeId) && !c.expectedHolder().equals(assetId)) {
            return; // the offboarding or retirement found it released already
        }
        if (c.blockId() != null && !c.blockId().equals(blockId)) {
            throw notFound(number + " is not a number of block " + c.blockId());
        }
        if (!held()) {
            throw conflict(number + " is not assigned");
        }
        apply(new PhoneNumberReleasedEvent(numberId, blockId, number, employeeId, assetId, c.cause(), c.note()));
    }

    @EventSourcingHandler
    void on(PhoneNumberAssignedEvent e) {
        numberId = e.numberId();
        blockId = e.blockId();
        number = e.number();
        employeeId = e.employeeId();
        assetId = e.assetId();
    }

    @EventSourcingHandler
    void on(PhoneNumberReleasedEvent e) {
        employeeId = null;
        assetId = null;
    }
}
