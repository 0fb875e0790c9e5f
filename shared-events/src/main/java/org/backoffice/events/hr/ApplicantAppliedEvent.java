package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** Someone applied for an open position; their personal data is sealed under the applicant's own key. */
@Revision("1")
public record ApplicantAppliedEvent(UUID applicantId, UUID positionId, SealedPersonalData personalData, String source) {
}
