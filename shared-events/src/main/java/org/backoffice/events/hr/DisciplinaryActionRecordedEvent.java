package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A disciplinary action taken on date: a talk (VERBAL_WARNING), a written or final warning
 * (Abmahnung), a suspension. The reason is personal data: sealedReason, sealed under the
 * employee's HR-file key. Events stored before that carry it in plain text as reason (and no
 * sealedReason). expiresOn is the first day the action no longer counts, fixed when it was
 * recorded from the validity setting of that day, so a later change of the setting does not
 * rewrite the record; events stored before it have none (see {@link #expiresOnOrDefault()}).
 */
@Revision("1")
public record DisciplinaryActionRecordedEvent(UUID employeeId, UUID actionId, DisciplinaryLevel level, String reason,
                                              LocalDate date, String sealedReason, LocalDate expiresOn) {

    /**
     * The validity of actions recorded before the expiry was stored: the setting's default
     * (backoffice.hr.discipline.warning-validity-months), as no other value was ever in force then.
     */
    public static final int DEFAULT_VALIDITY_MONTHS = 24;

    /** As stored before the reason was sealed and the expiry recorded. */
    public DisciplinaryActionRecordedEvent(UUID employeeId, UUID actionId, DisciplinaryLevel level, String reason,
                                           LocalDate date) {
        this(employeeId, actionId, level, reason, date, null, null);
    }

    /** The expiry recorded, or for an event from before it the date plus the default validity. */
    public LocalDate expiresOnOrDefault() {
        return expiresOn != null ? expiresOn : date.plusMonths(DEFAULT_VALIDITY_MONTHS);
    }
}
