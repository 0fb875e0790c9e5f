package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;
import java.util.UUID;

/** No further month of the standing order is paid. */
@Revision("1")
public record StandingOrderCancelledEvent(UUID orderId) {
}
