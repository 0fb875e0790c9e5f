package org.backoffice.events.hr;

/**
 * The kinds of absence HR records. Annual leave draws on the entitlement (and is refused beyond
 * it); sick leave is recorded as reported, approved at once; unpaid and parental leave
 * (Elternzeit: the employer pays nothing, the state pays Elterngeld) reduce the payroll for their
 * calendar days; special leave (Sonderurlaub: a wedding, a move, a death in the family) is paid
 * and draws on nothing.
 */
public enum LeaveType {
    ANNUAL, SICK, UNPAID, PARENTAL, SPECIAL;

    public boolean drawsOnEntitlement() {
        return this == ANNUAL;
    }

    public boolean reducesPay() {
        return this == UNPAID || this == PARENTAL;
    }

    /** Reported rather than asked for: approved when recorded. */
    public boolean approvedWhenRecorded() {
        return this == SICK;
    }
}
