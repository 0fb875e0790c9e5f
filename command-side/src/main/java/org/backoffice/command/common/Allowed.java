package org.backoffice.command.common;

/**
 * Who may send each department's commands, by name, for {@code @PreAuthorize} on each REST
 * operation: the one place an operation's rule is stated. infra enforces it before the request
 * body is read (SecurityConfiguration's operation rules) and again on every call of the
 * operation (method security), so the web pages that perform an operation follow the same rule.
 */
public final class Allowed {

    private Allowed() {
    }

    public static final String ACCOUNTING = "hasAnyRole('ACCOUNTING', 'ADMIN')";
    public static final String HR = "hasAnyRole('HR', 'ADMIN')";
    public static final String IT = "hasAnyRole('IT', 'ADMIN')";
    /**
     * Completing a checklist task: any department's staff may call it; the task's own owner role
     * (or ADMIN) is checked by the checklist, which alone knows it (403 otherwise).
     */
    public static final String CHECKLIST_TASKS = "hasAnyRole('HR', 'ACCOUNTING', 'IT', 'ADMIN')";
    /** Erasing personal data for ever. */
    public static final String ADMIN = "hasRole('ADMIN')";
}
