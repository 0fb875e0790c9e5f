package org.backoffice.events.it;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * A network at a site: its prefix in canonical form ("10.20.0.0/16", "2001:db8:1::/64"), its
 * VLAN id (1–4094) and its gateway address, both optional. firstUsable and lastUsable are the
 * range a device may hold, as decided when it was defined: without the network address and
 * IPv4's broadcast address (the gateway, inside it, is not for a device either).
 */
@Revision("1")
public record NetworkDefinedEvent(UUID networkId, UUID siteId, String name, String prefix, Integer vlanId, String gateway,
                                  String firstUsable, String lastUsable) {
}
