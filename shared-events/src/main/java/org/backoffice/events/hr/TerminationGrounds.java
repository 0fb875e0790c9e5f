package org.backoffice.events.hr;

/**
 * Why an employment ends: for the employee's conduct (verhaltensbedingt), for operational reasons
 * (betriebsbedingt), for reasons in the employee's person (personenbedingt), by mutual agreement
 * (Aufhebungsvertrag), or by the employee's resignation. A termination for conduct needs an active
 * written or final warning (Abmahnung) on its last day.
 */
public enum TerminationGrounds {
    CONDUCT, OPERATIONAL, PERSONAL, MUTUAL, RESIGNATION
}
