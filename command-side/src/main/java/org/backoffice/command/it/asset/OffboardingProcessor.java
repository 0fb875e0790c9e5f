package org.backoffice.command.it.asset;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.backoffice.command.it.asset.AssetCommands.ReturnAssetCommand;
import org.backoffice.events.hr.EmployeeLeftEvent;
import org.backoffice.events.it.ReturnCause;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Offboarding: when an employee's termination takes effect, every device they still hold is
 * returned, each return saying it was caused by the offboarding. Each return is conditional on
 * the employee still holding the device, so a redelivery returns nothing twice. Never replayed.
 */
@Component
@ProcessingGroup(OffboardingProcessor.PROCESSING_GROUP)
public class OffboardingProcessor {

    public static final String PROCESSING_GROUP = "offboarding";

    private final CommandGateway commands;
    private final AssetDirectory assets;

    public OffboardingProcessor(CommandGateway commands, AssetDirectory assets) {
        this.commands = commands;
        this.assets = assets;
    }

    @EventHandler
    @DisallowReplay
    void on(EmployeeLeftEvent left) {
        for (UUID asset : assets.assetsHeldBy(left.employeeId())) {
            commands.sendAndWait(new ReturnAssetCommand(asset, "offboarding: last day " + left.lastDay(),
                    ReturnCause.OFFBOARDING, left.employeeId()));
        }
    }
}
