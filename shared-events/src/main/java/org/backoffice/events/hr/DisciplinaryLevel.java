package org.backoffice.events.hr;

public enum DisciplinaryLevel {
    VERBAL_WARNING, WRITTEN_WARNING, FINAL_WARNING, SUSPENSION
}
