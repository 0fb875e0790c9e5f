package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** An open position that a hire may fill. */
@Revision("1")
public record PositionOpenedEvent(UUID positionId, String title, String department) {
}
