package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;
import java.util.UUID;

/** A performance review of the employee for a period (a year, half, quarter or month), rated 1 to 5. */
@Revision("1")
public record PerformanceReviewRecordedEvent(UUID employeeId, UUID reviewId, String period, int rating, UUID reviewerId,
                                             String summary) {
}
