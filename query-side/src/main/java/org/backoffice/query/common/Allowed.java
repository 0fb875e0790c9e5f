package org.backoffice.query.common;

/**
 * Who may read what, by name, for {@code @PreAuthorize} on each REST operation: the one place an
 * operation's rule is stated (enforced by infra before the request is handled and again on
 * every call, so the web pages reading the same data follow the same rule). What a role sees of
 * the data it may read (salaries, personal data) is narrowed by the operation itself.
 */
public final class Allowed {

    private Allowed() {
    }

    /** Accounts, ledgers, transactions, payroll runs, standing orders, the accounting reports. */
    public static final String ACCOUNTING_READS = "hasAnyRole('ACCOUNTING', 'REPORTING', 'AUDITOR', 'ADMIN')";
    /** Employees and their histories: every department works with them. */
    public static final String EMPLOYEE_READS = "hasAnyRole('HR', 'ACCOUNTING', 'IT', 'REPORTING', 'AUDITOR', 'ADMIN')";
    /** Positions, applicants, headcount. */
    public static final String HR_READS = "hasAnyRole('HR', 'REPORTING', 'AUDITOR', 'ADMIN')";
    /** The HR file: leave and sick days, disciplinary records, conflict cases, checklists' HR side, erasure plans. */
    public static final String HR_FILE_READS = "hasAnyRole('HR', 'AUDITOR', 'ADMIN')";
    /** Devices and the inventory, also the devices an employee holds. */
    public static final String IT_READS = "hasAnyRole('IT', 'REPORTING', 'AUDITOR', 'ADMIN')";
    /** IT's purchases: IT's readers and accounting, whose ledger the invoices post to. */
    public static final String IT_AND_ACCOUNTING_READS = "hasAnyRole('IT', 'ACCOUNTING', 'REPORTING', 'AUDITOR', 'ADMIN')";
    /** What an employee holds of IT (devices, numbers, licences): IT's readers and HR, who offboards. */
    public static final String HOLDINGS_READS = "hasAnyRole('HR', 'IT', 'REPORTING', 'AUDITOR', 'ADMIN')";
    /**
     * Onboarding and offboarding checklists: the departments whose tasks they hold, the auditors,
     * the admins (not reporting: the notes are personal data).
     */
    public static final String CHECKLIST_READS = "hasAnyRole('HR', 'ACCOUNTING', 'IT', 'AUDITOR', 'ADMIN')";
    /** The audit log, aggregate histories and states, integrity, replays. */
    /** What shows an employee's pay: accounting, the auditors, the admins (not reporting). */
    public static final String SALARY_READS = "hasAnyRole('ACCOUNTING', 'AUDITOR', 'ADMIN')";
    public static final String AUDIT = "hasAnyRole('AUDITOR', 'ADMIN')";
}
