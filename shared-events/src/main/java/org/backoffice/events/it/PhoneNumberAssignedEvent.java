package org.backoffice.events.it;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * A number (or an extension) of a block given to an employee or to a device (a desk phone, a
 * phone line, a SIM card, a softphone's computer): exactly one of employeeId and assetId. The
 * number is its own aggregate (numberId is derived from it), held by one holder at a time.
 */
@Revision("1")
public record PhoneNumberAssignedEvent(UUID numberId, UUID blockId, String number, UUID employeeId, UUID assetId) {
}
