package org.backoffice.command.it.network;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.backoffice.events.it.ReturnCause;

import java.util.UUID;

public final class NetworkCommands {

    private NetworkCommands() {
    }

    public record OpenSiteCommand(@TargetAggregateIdentifier UUID siteId, String name, String address) {
    }

    /** prefix and gateway in canonical form (IpPlan). */
    public record DefineNetworkCommand(@TargetAggregateIdentifier UUID networkId, UUID siteId, String name, String prefix,
                                       Integer vlanId, String gateway) {
    }

    /** addressId = IpPlan.addressId(address); address canonical. */
    public record AssignIpAddressCommand(@TargetAggregateIdentifier UUID addressId, UUID networkId, String address,
                                         UUID assetId, String hostname) {
    }

    /** expectedAsset, when given, makes the release conditional: a retirement releases only what that device still holds. */
    public record ReleaseIpAddressCommand(@TargetAggregateIdentifier UUID addressId, UUID networkId, ReturnCause cause,
                                          String note, UUID expectedAsset) {
    }
}
