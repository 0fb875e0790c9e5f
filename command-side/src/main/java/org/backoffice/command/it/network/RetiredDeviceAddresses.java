package org.backoffice.command.it.network;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.backoffice.command.it.asset.OffboardingProcessor;
import org.backoffice.command.it.network.NetworkCommands.ReleaseIpAddressCommand;
import org.backoffice.events.it.AssetRetiredEvent;
import org.backoffice.events.it.ReturnCause;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * When a device is retired, every address it still holds is released, each release saying the
 * retirement caused it. Part of the offboarding processor (its token, one event per
 * transaction); each release is conditional on the device still holding the address, so a
 * redelivery releases nothing twice. Never replayed.
 */
@Component
@ProcessingGroup(OffboardingProcessor.PROCESSING_GROUP)
public class RetiredDeviceAddresses {

    private final CommandGateway commands;
    private final NetworkDirectory networks;

    public RetiredDeviceAddresses(CommandGateway commands, NetworkDirectory networks) {
        this.commands = commands;
        this.networks = networks;
    }

    @EventHandler
    @DisallowReplay
    void on(AssetRetiredEvent retired) {
        for (UUID address : networks.addressesOf(retired.assetId())) {
            commands.sendAndWait(new ReleaseIpAddressCommand(address, null, ReturnCause.DEVICE_RETIRED,
                    "device retired: " + retired.reason(), retired.assetId()));
        }
    }
}
