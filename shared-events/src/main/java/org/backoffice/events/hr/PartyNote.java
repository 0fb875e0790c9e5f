package org.backoffice.events.hr;

import java.util.UUID;

/** What one party of a conflict said or agreed in a session: personal data, sealed under that party's HR-file key. */
public record PartyNote(UUID employeeId, String sealedNote) {
}
