package org.backoffice.events.it;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * An address of a network given to a device. The address is its own aggregate (addressId is
 * derived from the canonical address), so that it can be held by one device at a time.
 */
@Revision("1")
public record IpAddressAssignedEvent(UUID addressId, UUID networkId, String address, UUID assetId, String hostname) {
}
