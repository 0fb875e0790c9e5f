package org.backoffice.events.it.purchasing;

public enum DeviceRequestReason {
    /** Equipment for a new employee before their first day. */
    NEW_HIRE,
    /** A device that replaces one that is broken, lost or too old. */
    REPLACEMENT,
    /** Anything else a department needs. */
    AD_HOC
}
