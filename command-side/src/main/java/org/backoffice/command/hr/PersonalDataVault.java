package org.backoffice.command.hr;

import java.util.Optional;
import java.util.UUID;

/**
 * Crypto-shredding of personal data: each person (employee, applicant) has a key of their own,
 * kept apart from the events. Sealing creates the key on first use, in the caller's transaction.
 */
public interface PersonalDataVault {

    /** The plaintext sealed under the subject's key (created if the subject has none yet). */
    String seal(UUID subject, String plaintext);

    /** The plaintext, or empty once the subject's key was shredded. */
    Optional<String> open(UUID subject, String sealed);

    /** Destroys the subject's key: everything sealed under it is unreadable from now on. */
    void shred(UUID subject);
}
