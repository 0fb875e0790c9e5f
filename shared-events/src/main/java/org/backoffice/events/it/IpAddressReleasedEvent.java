package org.backoffice.events.it;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** An address free again: released by IT, or because the device that held it was retired. */
@Revision("1")
public record IpAddressReleasedEvent(UUID addressId, UUID networkId, String address, UUID assetId, ReturnCause cause,
                                     String note) {
}
