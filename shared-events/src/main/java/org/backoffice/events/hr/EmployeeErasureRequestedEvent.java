package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.UUID;

/** Erasure of a former employee's personal data was requested: each class goes when its retention ends. */
@Revision("1")
public record EmployeeErasureRequestedEvent(UUID employeeId, List<PlannedErasure> plan) {
}
