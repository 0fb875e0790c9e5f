package org.backoffice.query.audit;

import java.time.Duration;

/**
 * Brings every segment of a processor to this instance for a replay (the other instances sharing
 * the database let go of theirs while it lasts), and ends that.
 */
public interface SegmentGathering {

    void gather(String processorName, Duration atMost);

    void release(String processorName);

    /** With one instance there is nothing to gather. */
    SegmentGathering NONE = new SegmentGathering() {
        @Override
        public void gather(String processorName, Duration atMost) {
        }

        @Override
        public void release(String processorName) {
        }
    };
}
