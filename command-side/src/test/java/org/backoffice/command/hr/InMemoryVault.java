package org.backoffice.command.hr;

import org.backoffice.events.hr.RetentionClass;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A vault whose "sealing" is reversible text ("sealed:subject:CLASS:text"), with real shredding per class: enough for the rules. */
public class InMemoryVault implements PersonalDataVault {

    private static final String ALL = "ALL";
    private final Set<String> shredded = new HashSet<>();

    @Override
    public String seal(UUID subject, RetentionClass retentionClass, String plaintext) {
        return "sealed:" + subject + ":" + retentionClass + ":" + plaintext;
    }

    @Override
    public String seal(UUID subject, String plaintext) {
        return "sealed:" + subject + ":" + ALL + ":" + plaintext;
    }

    @Override
    public Optional<String> open(UUID subject, String sealed) {
        String prefix = "sealed:" + subject + ":";
        if (sealed == null || !sealed.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = sealed.substring(prefix.length());
        String retentionClass = rest.substring(0, rest.indexOf(':'));
        return shredded.contains(subject + ":" + retentionClass) || shredded.contains(subject + ":*") ? Optional.empty()
                : Optional.of(rest.substring(retentionClass.length() + 1));
    }

    @Override
    public void shred(UUID subject, RetentionClass retentionClass) {
        shredded.add(subject + ":" + retentionClass);
    }

    @Override
    public void shred(UUID subject) {
        shredded.add(subject + ":*");
    }

    public boolean isShredded(UUID subject) {
        return shredded.contains(subject + ":*");
    }

    public boolean isShredded(UUID subject, RetentionClass retentionClass) {
        return shredded.contains(subject + ":" + retentionClass) || isShredded(subject);
    }
}
