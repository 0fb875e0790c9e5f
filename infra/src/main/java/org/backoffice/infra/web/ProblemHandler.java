package org.backoffice.infra.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.backoffice.command.common.CommandRejectedException;
import org.backoffice.command.common.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.NonNull;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.List;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * Turns every failure into an RFC 9457 problem: 400 malformed or invalid input (with an errors
 * list of field and message), 404 unknown id, 409 conflict with the current state, 422 business
 * rule, 403 a role refused for the thing itself (a task of another department). Axon wraps handler exceptions (locally, across a distributed bus, inside futures), so the
 * cause chain is searched for the exception that says what went wrong.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    public static final String TYPE_BASE = "https://backoffice.example/problems/";

    public record FieldMessage(String field, String message) {
    }

    /** A problem of this API: its type under {@link #TYPE_BASE}, a title and the detail. */
    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(TYPE_BASE + type));
        p.setTitle(title);
        return p;
    }

    static ProblemDetail invalid(String detail, List<FieldMessage> errors) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
        p.setProperty("errors", errors);
        return p;
    }

    @ExceptionHandler({CommandRejectedException.class, InvalidRequestException.class,
            AggregateNotFoundException.class, ConcurrencyException.class, CommandExecutionException.class,
            DataIntegrityViolationException.class, CompletionException.class, ExecutionException.class,
            IllegalArgumentException.class, RuntimeException.class})
    public ResponseEntity<ProblemDetail> handleDomain(Exception e) {
        ProblemDetail p = toProblem(e);
        return ResponseEntity.status(p.getStatus()).body(p);
    }

    /** The problem a failed command or query answers with (the web pages show its detail). */
    public static ProblemDetail toProblem(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CommandRejectedException r) {
                ProblemDetail p = switch (r.reason()) {
                    case CONFLICT -> problem(HttpStatus.CONFLICT, "conflict", "Conflict with the current state", r.getMessage());
                    case RULE_VIOLATED -> problem(HttpStatus.UNPROCESSABLE_ENTITY, "rule-violated", "Business rule violated", r.getMessage());
                    case NOT_FOUND -> problem(HttpStatus.NOT_FOUND, "not-found", "Not found", r.getMessage());
                    case FORBIDDEN -> problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", r.getMessage());
                };
                if (r.field() != null) {
                    p.setProperty("errors", List.of(new FieldMessage(r.field(), r.getMessage())));
                }
                return p;
            }
            if (t instanceof InvalidRequestException i) {
                return invalid(i.getMessage(), List.of(new FieldMessage(i.field(), i.fieldMessage())));
            }
            if (t instanceof AggregateNotFoundException nf) {
                return problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                        "nothing exists with id " + nf.getAggregateIdentifier());
            }
            if (t instanceof org.axonframework.eventsourcing.IncompatibleAggregateException) {
                return problem(HttpStatus.CONFLICT, "conflict", "Id already in use",
                        "the id is already used by a different kind of record; choose another id");
            }
            if (t instanceof ConcurrencyException || t instanceof DataIntegrityViolationException
                    || t instanceof org.axonframework.modelling.command.AggregateStreamCreationException) {
                return problem(HttpStatus.CONFLICT, "conflict", "Conflict with a concurrent change",
                        "another request changed the same data at the same moment; nothing was stored, try again");
            }
            if (t instanceof org.springframework.security.access.AccessDeniedException) {
                return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "your role may not do this");
            }
            if (t instanceof IllegalArgumentException iae && t == e) {
                return invalid(iae.getMessage(), List.of());
            }
        }
        log.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "the request failed unexpectedly; nothing was stored");
    }

    /**
     * Spring's own problems (an unknown id in a read, a wrong content type, a paging bound) come
     * typed "about:blank"; they get the same kind of type as every other problem of the API.
     */
    @Override
    @NonNull
    protected ResponseEntity<Object> createResponseEntity(Object body, @NonNull HttpHeaders headers,
                                                          @NonNull HttpStatusCode statusCode, @NonNull WebRequest request) {
        if (body instanceof ProblemDetail p && (p.getType() == null || "about:blank".equals(p.getType().toString()))) {
            p.setType(URI.create(TYPE_BASE + switch (statusCode.value()) {
                case 400 -> "invalid-request";
                case 404 -> "not-found";
                case 405 -> "method-not-allowed";
                case 406 -> "not-acceptable";
                case 409 -> "conflict";
                case 413 -> "too-large";
                case 415 -> "unsupported-media-type";
                case 422 -> "rule-violated";
                case 503 -> "unavailable";
                default -> "http-" + statusCode.value();
            }));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(@NonNull MethodArgumentNotValidException ex,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        List<FieldMessage> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldMessage(f.getField(), f.getDefaultMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return ResponseEntity.badRequest().body(invalid(detail, errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            @NonNull HandlerMethodValidationException ex, @NonNull HttpHeaders headers,
            @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        List<FieldMessage> errors = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> new FieldMessage(
                        err instanceof FieldError fe ? fe.getField() : r.getMethodParameter().getParameterName(),
                        err.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(invalid("invalid parameters", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(@NonNull HttpMessageNotReadableException ex,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        Throwable cause = ex.getCause();
        if (cause instanceof UnrecognizedPropertyException u) {
            String field = path(u);
            return ResponseEntity.badRequest().body(invalid("unknown field '" + field + "'",
                    List.of(new FieldMessage(field, "is not a known field"))));
        }
        if (cause instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            FieldMessage error = fieldError(m);
            return ResponseEntity.badRequest().body(invalid(error.field() + (error.message().startsWith("must")
                    ? " " : ": ") + error.message(), List.of(error)));
        }
        if (cause instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException root && root.getPath().isEmpty()) {
            return ResponseEntity.badRequest().body(invalid("the body must be a JSON object with the request's fields",
                    List.of()));
        }
        if (cause instanceof JsonProcessingException j) {
            return ResponseEntity.badRequest().body(invalid("the body is not valid JSON: " + j.getOriginalMessage(), List.of()));
        }
        return ResponseEntity.badRequest().body(invalid("the request body is missing or unreadable", List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(@NonNull org.springframework.beans.TypeMismatchException ex,
                                                        @NonNull HttpHeaders headers, @NonNull HttpStatusCode status,
                                                        @NonNull WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        Class<?> type = ex.getRequiredType();
        String expected = type == null ? "a valid value"
                : type.isEnum() ? "one of " + java.util.Arrays.toString(type.getEnumConstants())
                : type == java.util.UUID.class ? "a UUID" : "a valid " + type.getSimpleName();
        String message = "must be " + expected + ", not '" + ex.getValue() + "'";
        return ResponseEntity.badRequest().body(invalid(name + " " + message, List.of(new FieldMessage(name, message))));
    }

    /** What is wrong with a field that could not be read, in plain words (the web pages use it too). */
    public static FieldMessage fieldError(JsonMappingException m) {
        String field = path(m);
        if (m instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException f && f.getTargetType() != null) {
            return new FieldMessage(field, "must be " + expected(f.getTargetType()));
        }
        return new FieldMessage(field, rootMessage(m));
    }

    /** What a field of this type must be, in the words of the API (never a Java class name). */
    static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (type == String.class) {
            return "text";
        }
        if (type == org.backoffice.events.common.Money.class) {
            return "an amount: {\"amount\": \"12.50\", \"currency\": \"EUR\"}";
        }
        if (type == java.math.BigDecimal.class) {
            return "a decimal string such as \"12.50\" (not a JSON number)";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == java.util.UUID.class) {
            return "an id (a UUID such as 3f2b8c1e-0d4a-4e57-9b1a-2c6d7e8f9a0b)";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return "an instant (ISO-8601, e.g. 2026-11-27T09:00:00Z)";
        }
        if (type == java.time.YearMonth.class) {
            return "a month (YYYY-MM)";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root instanceof JsonProcessingException j ? j.getOriginalMessage() : root.getMessage();
        return m == null ? "is invalid" : m;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

}
