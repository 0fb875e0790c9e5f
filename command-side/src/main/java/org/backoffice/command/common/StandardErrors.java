package org.backoffice.command.common;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The success answer of each kind of command, for the OpenAPI description; the error answers
 * every operation can give are added in one place (infra's OpenApiConfiguration).
 */
public final class StandardErrors {

    private StandardErrors() {
    }

    public static InvalidRequestException invalidField(String field, String message) {
        return new InvalidRequestException(field, message);
    }

    /** A create: 201 with a Location header. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "201", description = "Created; the Location header names the new resource",
            headers = @Header(name = "Location", description = "the new resource's path", schema = @Schema(type = "string", format = "uri-reference")))
    public @interface Create {
    }

    /** A change of an existing resource: 200. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "200", description = "Done")
    public @interface Change {
    }

    /** A long-running process: 202. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "202", description = "Accepted; the Location header names the resource to follow",
            headers = @Header(name = "Location", description = "the path whose status to follow", schema = @Schema(type = "string", format = "uri-reference")))
    public @interface Process {
    }
}
