package org.backoffice.command.it.network;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Set-based facts about sites, networks and addresses for the command side. */
public interface NetworkDirectory {

    record NetworkEntry(UUID networkId, String name, String prefix, String gateway) {
    }

    boolean siteExists(UUID siteId);

    Optional<UUID> siteNamed(String name);

    Optional<NetworkEntry> network(UUID networkId);

    /** A network whose prefix overlaps this one (canonical prefix), other than networkId. */
    Optional<NetworkEntry> overlapping(String prefix, UUID networkId);

    /** The network that has this VLAN id at the site, other than networkId. */
    Optional<NetworkEntry> withVlan(UUID siteId, int vlanId, UUID networkId);

    /** The addresses a device holds now (address ids). */
    List<UUID> addressesOf(UUID assetId);
}
