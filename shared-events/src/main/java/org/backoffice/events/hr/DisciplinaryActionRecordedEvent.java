package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** A disciplinary action; the reason is not personal data of others but HR's own record. */
@Revision("1")
public record DisciplinaryActionRecordedEvent(UUID employeeId, UUID actionId, DisciplinaryLevel level, String reason,
                                              LocalDate date) {
}
