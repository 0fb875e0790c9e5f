package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The position was filled by the hire of employeeId. */
@Revision("1")
public record PositionFilledEvent(UUID positionId, UUID employeeId) {
}
