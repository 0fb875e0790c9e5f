package org.backoffice.events.hr;

/**
 * The departments a checklist task belongs to. Their roles have the same names, so a task's
 * owner role (who may complete it, besides ADMIN) is one of these too.
 */
public enum ChecklistDepartment {
    HR, ACCOUNTING, IT
}
