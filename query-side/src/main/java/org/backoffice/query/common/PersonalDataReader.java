package org.backoffice.query.common;

import java.util.Optional;
import java.util.UUID;

/** Opens personal data sealed under a person's own key; empty once that key was shredded. */
public interface PersonalDataReader {

    Optional<String> open(UUID subject, String sealed);
}
