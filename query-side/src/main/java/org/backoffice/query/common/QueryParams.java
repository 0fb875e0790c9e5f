package org.backoffice.query.common;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Parsing of query-string values that Spring cannot bind with a message a user understands. */
public final class QueryParams {

    private QueryParams() {
    }

    /**
     * An instant bound from either an ISO-8601 instant or a date; a date means the start of that
     * day (UTC) for a lower bound and the end of that day for an upper bound.
     */
    public static Instant instantOrDate(String name, String value, boolean upperBound) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                return (upperBound ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant()
                        .minusNanos(upperBound ? 1 : 0);
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    name + " must be a date (YYYY-MM-DD) or an ISO-8601 UTC instant, not '" + value + "'");
        }
    }
}
