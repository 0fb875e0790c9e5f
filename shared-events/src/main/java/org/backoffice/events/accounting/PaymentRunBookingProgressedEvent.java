package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * The payments of an approved run before nextPosition are decided (booked, or failed), of size in
 * all: the bookings go on from here, one chunk per transaction, also after a restart.
 */
@Revision("1")
public record PaymentRunBookingProgressedEvent(UUID runId, int nextPosition, int size) {
}
