package org.backoffice.command.hr;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A vault whose "sealing" is reversible text, with real shredding: enough for the rules. */
public class InMemoryVault implements PersonalDataVault {

    private final Set<UUID> shredded = new HashSet<>();

    @Override
    public String seal(UUID subject, String plaintext) {
        return "sealed:" + subject + ":" + plaintext;
    }

    @Override
    public Optional<String> open(UUID subject, String sealed) {
        String prefix = "sealed:" + subject + ":";
        return shredded.contains(subject) || !sealed.startsWith(prefix) ? Optional.empty()
                : Optional.of(sealed.substring(prefix.length()));
    }

    @Override
    public void shred(UUID subject) {
        shredded.add(subject);
    }

    public boolean isShredded(UUID subject) {
        return shredded.contains(subject);
    }
}
