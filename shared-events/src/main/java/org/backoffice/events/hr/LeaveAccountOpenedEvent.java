package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** An employee's leave account opened (on the first leave or entitlement recorded for them). */
@Revision("1")
public record LeaveAccountOpenedEvent(UUID employeeId, LeaveRules rules) {
}
