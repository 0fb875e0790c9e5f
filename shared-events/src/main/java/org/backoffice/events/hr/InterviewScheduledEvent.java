package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An interview of the applicant with active employees as interviewers. */
@Revision("1")
public record InterviewScheduledEvent(UUID applicantId, UUID interviewId, Instant at, List<UUID> interviewerIds) {
}
