package org.backoffice.events.it;

public enum ReturnCause {
    /** Returned by IT staff. */
    RETURNED,
    /** Returned because the holder's employment ended. */
    OFFBOARDING,
    /** Released because the device that held it (an address, a number, a licence seat) was retired. */
    DEVICE_RETIRED
}
