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
        NOT_FOUND,
        /**
         * 403: the caller's role may call the operation but not for this thing (a checklist task
         * owned by another department); decided by the aggregate, which alone knows the owner.
         */
        FORBIDDEN
    }

    private final Reason reason;
    private final String field;

    public CommandRejectedException(Reason reason, String message) {
        this(reason, null, message);
    }

    /** A rejection caused by one field of the request (JSON path such as legs[2].accountId). */
    public CommandRejectedException(Reason reason, String field, String message) {
        super(message);
        this.reason = reason;
        this.field = field;
    }

    public static CommandRejectedException conflict(String message) {
        return new CommandRejectedException(Reason.CONFLICT, message);
    }

    public static CommandRejectedException ruleViolated(String message) {
        return new CommandRejectedException(Reason.RULE_VIOLATED, message);
    }

    /** 409 caused by one field of the request. */
    public static CommandRejectedException conflict(String field, String message) {
        return new CommandRejectedException(Reason.CONFLICT, field, message);
    }

    /** 422 caused by one field of the request. */
    public static CommandRejectedException ruleViolated(String field, String message) {
        return new CommandRejectedException(Reason.RULE_VIOLATED, field, message);
    }

    /** 403: the caller's role may not do this to this thing (the message says whose it is). */
    public static CommandRejectedException forbidden(String message) {
        return new CommandRejectedException(Reason.FORBIDDEN, message);
    }

    public static CommandRejectedException notFound(String message) {
        return new CommandRejectedException(Reason.NOT_FOUND, message);
    }

    public Reason reason() {
        return reason;
    }

    /** The request field the rejection is about, or null when it is about the request as a whole. */
    public String field() {
        return field;
    }
}
