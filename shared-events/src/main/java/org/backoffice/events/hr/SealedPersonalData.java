package org.backoffice.events.hr;

/**
 * A person's name and e-mail, each sealed under that person's own key (never plaintext in an
 * event). A sealed value reads as text only while the key exists.
 */
public record SealedPersonalData(String firstName, String lastName, String email) {
}
