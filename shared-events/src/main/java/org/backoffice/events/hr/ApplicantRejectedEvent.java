package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The application was turned down. */
@Revision("1")
public record ApplicantRejectedEvent(UUID applicantId, String reason) {
}
