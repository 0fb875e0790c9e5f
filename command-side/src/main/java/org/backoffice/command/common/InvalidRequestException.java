package org.backoffice.command.common;

/** Malformed or invalid input found after binding (400), with the offending field. */
public class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String fieldMessage() {
        return getMessage().substring(field.length() + 2);
    }
}
