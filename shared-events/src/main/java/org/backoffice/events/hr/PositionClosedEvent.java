package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The position was withdrawn unfilled. */
@Revision("1")
public record PositionClosedEvent(UUID positionId) {
}
