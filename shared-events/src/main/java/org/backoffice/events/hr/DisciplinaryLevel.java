package org.backoffice.events.hr;

/**
 * The steps of a disciplinary procedure, mildest first: a talk (Ermahnung, VERBAL_WARNING), a
 * written warning (Abmahnung), a final warning (letzte Abmahnung), a suspension (Freistellung).
 * The step after them is a termination for conduct ({@link TerminationGrounds#CONDUCT}).
 */
public enum DisciplinaryLevel {
    VERBAL_WARNING, WRITTEN_WARNING, FINAL_WARNING, SUSPENSION;

    /** A written or a final warning: what a termination for conduct needs before it (Abmahnung). */
    public boolean isWarningInWriting() {
        return this == WRITTEN_WARNING || this == FINAL_WARNING;
    }
}
