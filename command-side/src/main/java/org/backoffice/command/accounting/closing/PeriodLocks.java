package org.backoffice.command.accounting.closing;

/**
 * The lock between closing (or reopening) a period and posting: taken exclusively by a close
 * until its transaction ends, shared by every posting that asks whether its day is open.
 */
public interface PeriodLocks {

    /** Waits for the postings in flight to end; postings asking after this wait for the close. */
    void lockForClosing();
}
