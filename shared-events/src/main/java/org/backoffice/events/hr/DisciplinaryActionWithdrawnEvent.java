package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A disciplinary action withdrawn on withdrawnOn (taken back, removed from the file): it no longer
 * counts from then on. The reason is personal data, sealed under the employee's HR-file key.
 */
@Revision("1")
public record DisciplinaryActionWithdrawnEvent(UUID employeeId, UUID actionId, String sealedReason, LocalDate withdrawnOn) {
}
