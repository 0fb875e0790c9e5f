package org.backoffice.command.it.telephony;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.backoffice.command.it.asset.OffboardingProcessor;
import org.backoffice.command.it.telephony.TelephonyCommands.ReleasePhoneNumberCommand;
import org.backoffice.events.hr.EmployeeLeftEvent;
import org.backoffice.events.it.AssetRetiredEvent;
import org.backoffice.events.it.ReturnCause;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Numbers and extensions come back by themselves: every one an employee holds when their
 * termination takes effect (cause OFFBOARDING), every one a device holds when it is retired.
 * Part of the offboarding processor; each release is conditional on the holder still holding
 * the number, so a redelivery releases nothing twice. Never replayed.
 */
@Component
@ProcessingGroup(OffboardingProcessor.PROCESSING_GROUP)
public class TelephonyReleases {

    private final CommandGateway commands;
    private final TelephonyDirectory numbers;

    public TelephonyReleases(CommandGateway commands, TelephonyDirectory numbers) {
        this.commands = commands;
        this.numbers = numbers;
    }

    @EventHandler
    @DisallowReplay
    void on(EmployeeLeftEvent left) {
        for (UUID number : numbers.numbersHeldBy(left.employeeId())) {
            commands.sendAndWait(new ReleasePhoneNumberCommand(number, null, ReturnCause.OFFBOARDING,
                    "offboarding: last day " + left.lastDay(), left.employeeId()));
        }
    }

    @EventHandler
    @DisallowReplay
    void on(AssetRetiredEvent retired) {
        for (UUID number : numbers.numbersHeldBy(retired.assetId())) {
            commands.sendAndWait(new ReleasePhoneNumberCommand(number, null, ReturnCause.DEVICE_RETIRED,
                    "device retired: " + retired.reason(), retired.assetId()));
        }
    }
}
