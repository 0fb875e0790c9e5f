package org.backoffice.infra.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves (an application's "today"), shared by the instances it is given to. */
public final class MutableClock extends Clock {

    private volatile Instant now;

    public MutableClock(LocalDate today) {
        set(today);
    }

    /** Noon UTC of that day. */
    public void set(LocalDate today) {
        now = today.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
