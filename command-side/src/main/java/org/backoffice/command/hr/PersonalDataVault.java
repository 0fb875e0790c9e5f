package org.backoffice.command.hr;

import org.backoffice.events.hr.RetentionClass;

import java.util.Optional;
import java.util.UUID;

/**
 * Crypto-shredding of personal data: each person (employee, applicant) has a key of their own
 * per retention class, kept apart from the events, so each class can be erased when its own
 * retention ends. Sealing creates the key on first use, in the caller's transaction. A sealed
 * value names its class, so opening needs only the person.
 */
public interface PersonalDataVault {

    /** The plaintext sealed under the subject's key of that class (created if missing). */
    String seal(UUID subject, RetentionClass retentionClass, String plaintext);

    /** The plaintext sealed under the subject's one key for everything (applicants: erased together). */
    String seal(UUID subject, String plaintext);

    /** The plaintext, or empty once the key it was sealed under was shredded. */
    Optional<String> open(UUID subject, String sealed);

    /** Destroys the subject's key of that class: everything sealed under it is unreadable from now on. */
    void shred(UUID subject, RetentionClass retentionClass);

    /** Destroys every key of the subject. */
    void shred(UUID subject);
}
