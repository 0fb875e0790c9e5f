package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** One interviewer's recommendation after an interview. */
@Revision("1")
public record InterviewFeedbackGivenEvent(UUID applicantId, UUID interviewId, UUID interviewerId,
                                          Recommendation recommendation, String notes) {
}
