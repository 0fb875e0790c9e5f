package org.backoffice.events.it;

public enum ReturnCause {
    /** Returned by IT staff. */
    RETURNED,
    /** Returned because the holder's employment ended. */
    OFFBOARDING
}
