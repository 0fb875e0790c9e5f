package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The applicant accepted the offer and was hired into the position as this employee. */
@Revision("1")
public record ApplicantHiredEvent(UUID applicantId, UUID positionId, UUID employeeId) {
}
