package org.backoffice.command.common;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ProblemDetail;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error answers every command endpoint can give, for the OpenAPI document, grouped by the
 * kind of command: all are RFC 9457 problem+json.
 */
public final class StandardErrors {

    private StandardErrors() {
    }

    public static InvalidRequestException invalidField(String field, String message) {
        return new InvalidRequestException(field, message);
    }

    private static final String PROBLEM = "application/problem+json";

    /** A create: 201, or 400/401/403/409/422. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "201", description = "Created; the Location header names the new resource")
    @ApiResponse(responseCode = "400", description = "Malformed or invalid input", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "Not authenticated", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Conflicts with the current state, or the same id with a different body", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "A business rule forbids it", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    public @interface Create {
    }

    /** A change of an existing resource: 200, or 400/401/403/404/409/422. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "200", description = "Done")
    @ApiResponse(responseCode = "400", description = "Malformed or invalid input", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "Not authenticated", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Unknown id", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Conflicts with the current state", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "A business rule forbids it", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    public @interface Change {
    }

    /** A long-running process: 202, or 400/401/403/404/409/422. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "202", description = "Accepted; the Location header names the resource to follow")
    @ApiResponse(responseCode = "400", description = "Malformed or invalid input", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "Not authenticated", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Role not allowed", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Unknown id", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Conflicts with the current state", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "A business rule forbids it", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    public @interface Process {
    }
}
