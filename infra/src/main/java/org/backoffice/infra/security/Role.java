package org.backoffice.infra.security;

/** The roles of docs/api.md. */
public enum Role {
    /** Accounting staff: accounting commands and reads. */
    ACCOUNTING,
    /** HR staff: HR commands and reads. */
    HR,
    /** IT staff: asset commands and reads. */
    IT,
    /** Reads reports and read models; never salaries or others' personal data. */
    REPORTING,
    /** Reads everything, audit and replays; issues no business command. */
    AUDITOR,
    /** Everything, including erasure of personal data. */
    ADMIN
}
