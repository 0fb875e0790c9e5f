package org.backoffice.command.common;

/**
 * A command that breaks a business rule or conflicts with the current state. Thrown from a
 * command handler before anything is applied, so a rejected command stores nothing. The web layer
 * maps the {@link Reason} to the HTTP status of docs/api.md.
 */
public class CommandRejectedException extends RuntimeException {

    public enum Reason {
        /** 409: the request conflicts with the current state (already closed, number taken). */
        CONFLICT,
        /** 422: the request is well-formed but a business rule forbids it. */
        RULE_VIOLATED,
        /** 404: the request names something that does not exist. */
        NOT_FOUND
    }

    private final Reason reason;

    public CommandRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public static CommandRejectedException conflict(String message) {
        return new CommandRejectedException(Reason.CONFLICT, message);
    }

    public static CommandRejectedException ruleViolated(String message) {
        return new CommandRejectedException(Reason.RULE_VIOLATED, message);
    }

    public static CommandRejectedException notFound(String message) {
        return new CommandRejectedException(Reason.NOT_FOUND, message);
    }

    public Reason reason() {
        return reason;
    }
}
