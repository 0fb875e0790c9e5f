package org.backoffice.command.hr.employment;

import java.util.UUID;

/** What another aggregate may know of a position to decide with it. */
public record PositionFacts(UUID id, String title, String department, String status, UUID filledBy) {

    /** Only an open position takes applications and hires. */
    public boolean open() {
        return "OPEN".equals(status);
    }
}
