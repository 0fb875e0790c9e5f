package org.backoffice.events.hr;

/**
 * What the system can see of a checklist task, so that it completes the task by itself (the
 * command side's ChecklistAutomation says which event triggers which check). A task without one
 * is completed by hand only. A new kind is one more constant here and one more handler there.
 */
public enum AutomaticCompletion {
    /** The employee holds no device any more. */
    DEVICES_RETURNED,
    /** The employee holds no licence seat any more. */
    LICENCES_RELEASED,
    /** The employee holds no phone number or extension any more. */
    NUMBERS_RELEASED,
    /** The employee's payroll payment for the month of the last day is settled as paid. */
    FINAL_PAY_SETTLED,
    /** The employee's leave account is settled at the end of the employment (untaken days counted, paid out or not). */
    UNTAKEN_LEAVE_SETTLED
}
