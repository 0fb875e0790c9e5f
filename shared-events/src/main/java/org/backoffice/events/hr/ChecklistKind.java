package org.backoffice.events.hr;

/** Which checklist: the one a hire opens (due dates from the start date) or a termination (from the last day). */
public enum ChecklistKind {
    ONBOARDING, OFFBOARDING
}
