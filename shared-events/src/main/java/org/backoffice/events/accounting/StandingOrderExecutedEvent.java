package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;
import java.time.YearMonth;
import java.util.UUID;

/** The month's payment of a standing order was made (COMPLETED) or refused (REJECTED, with the reason). */
@Revision("1")
public record StandingOrderExecutedEvent(UUID orderId, YearMonth month, UUID transactionId, String status, String reason) {
}
