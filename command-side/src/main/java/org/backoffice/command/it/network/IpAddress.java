package org.backoffice.command.it.network;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.backoffice.command.it.asset.AssetDirectory;
import org.backoffice.command.it.network.NetworkCommands.AssignIpAddressCommand;
import org.backoffice.command.it.network.NetworkCommands.ReleaseIpAddressCommand;
import org.backoffice.events.it.IpAddressAssignedEvent;
import org.backoffice.events.it.IpAddressReleasedEvent;

import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.backoffice.command.common.CommandRejectedException.conflict;
import static org.backoffice.command.common.CommandRejectedException.notFound;
import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/**
 * One IP address through its assignments. Its id is derived from the address itself, so that
 * two requests for the same address meet in one aggregate and the second is refused (never
 * twice), and an address held by nobody costs nothing until it is first assigned.
 */
@Revision("1")
@Aggregate
public class IpAddress {

    @AggregateIdentifier
    private UUID addressId;
    private UUID networkId;
    private String address;
    private UUID assetId;
    private String hostname;

    protected IpAddress() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AssignIpAddressCommand c, NetworkDirectory networks, AssetDirectory assets) {
        if (assetId != null) {
            if (assetId.equals(c.assetId()) && networkId.equals(c.networkId()) && java.util.Objects.equals(hostname, c.hostname())) {
                return; // the same assignment sent again
            }
            throw conflict("address", c.address() + " is already assigned to device " + assetId);
        }
        var network = networks.network(c.networkId())
                .orElseThrow(() -> notFound("network " + c.networkId() + " does not exist"));
        String refusal = IpPlan.refusal(IpPlan.prefix("prefix", network.prefix()), IpPlan.address("address", c.address()),
                network.gateway());
        if (refusal != null) {
            throw ruleViolated("address", refusal);
        }
        if (!assets.inService(c.assetId())) {
            throw ruleViolated("assetId", "device " + c.assetId() + " does not exist or is retired");
        }
        apply(new IpAddressAssignedEvent(c.addressId(), c.networkId(), c.address(), c.assetId(), c.hostname()));
    }

    @CommandHandler
    public void handle(ReleaseIpAddressCommand c) {
        if (c.expectedAsset() != null && !c.expectedAsset().equals(assetId)) {
            return; // the retirement found it released already (or held by another device since)
        }
        if (c.networkId() != null && !c.networkId().equals(networkId)) {
            throw notFound(address + " is not an address of network " + c.networkId());
        }
        if (assetId == null) {
            throw conflict(address + " is not assigned");
        }
        apply(new IpAddressReleasedEvent(addressId, networkId, address, assetId, c.cause(), c.note()));
    }

    @EventSourcingHandler
    void on(IpAddressAssignedEvent e) {
        addressId = e.addressId();
        networkId = e.networkId();
        address = e.address();
        assetId = e.assetId();
        hostname = e.hostname();
    }

    @EventSourcingHandler
    void on(IpAddressReleasedEvent e) {
        assetId = null;
        hostname = null;
    }
}
