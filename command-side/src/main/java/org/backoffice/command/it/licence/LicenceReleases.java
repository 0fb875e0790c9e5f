package org.backoffice.command.it.licence;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.backoffice.command.it.asset.OffboardingProcessor;
import org.backoffice.command.it.licence.LicenceCommands.ReleaseLicenceSeatCommand;
import org.backoffice.events.hr.EmployeeLeftEvent;
import org.backoffice.events.it.AssetRetiredEvent;
import org.backoffice.events.it.ReturnCause;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Licence seats come back by themselves: every seat an employee holds when their termination
 * takes effect, every seat a device holds when it is retired. Part of the offboarding processor;
 * each release is conditional on the seat still being held. Never replayed.
 */
@Component
@ProcessingGroup(OffboardingProcessor.PROCESSING_GROUP)
public class LicenceReleases {

    private final CommandGateway commands;
    private final LicenceDirectory licences;

    public LicenceReleases(CommandGateway commands, LicenceDirectory licences) {
        this.commands = commands;
        this.licences = licences;
    }

    @EventHandler
    @DisallowReplay
    void on(EmployeeLeftEvent left) {
        for (UUID licence : licences.licencesHeldBy(left.employeeId())) {
            commands.sendAndWait(new ReleaseLicenceSeatCommand(licence, left.employeeId(), ReturnCause.OFFBOARDING,
                    "offboarding: last day " + left.lastDay(), true));
        }
    }

    @EventHandler
    @DisallowReplay
    void on(AssetRetiredEvent retired) {
        for (UUID licence : licences.licencesHeldBy(retired.assetId())) {
            commands.sendAndWait(new ReleaseLicenceSeatCommand(licence, retired.assetId(), ReturnCause.DEVICE_RETIRED,
                    "device retired: " + retired.reason(), true));
        }
    }
}
