package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The applicant's key was destroyed: their sealed personal data can never be read again. */
@Revision("1")
public record ApplicantPersonalDataErasedEvent(UUID applicantId) {
}
