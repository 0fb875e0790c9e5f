package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An onboarding checklist (opened by a hire, referenceDate the start date) or an offboarding one
 * (opened by a termination, referenceDate the last day), with its tasks as the configured template
 * said then: a later change of the settings does not change this checklist.
 */
@Revision("1")
public record ChecklistOpenedEvent(UUID checklistId, UUID employeeId, ChecklistKind kind, LocalDate referenceDate,
                                   List<ChecklistTask> tasks) {
}
