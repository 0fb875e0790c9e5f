package org.backoffice.events.it;

public enum BillingPeriod {
    MONTHLY, QUARTERLY, YEARLY;

    /** How many of these periods make a year. */
    public int perYear() {
        return switch (this) {
            case MONTHLY -> 12;
            case QUARTERLY -> 4;
            case YEARLY -> 1;
        };
    }
}
