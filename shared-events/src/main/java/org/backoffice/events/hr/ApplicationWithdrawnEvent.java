package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The applicant withdrew. */
@Revision("1")
public record ApplicationWithdrawnEvent(UUID applicantId) {
}
