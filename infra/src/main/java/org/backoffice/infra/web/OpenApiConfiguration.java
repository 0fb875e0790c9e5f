package org.backoffice.infra.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;

/**
 * The parts of the OpenAPI description that are the same for every operation, stated once: the
 * money and problem shapes as the server really writes and reads them, HTTP Basic, and the error
 * answers each kind of operation can give. Controllers describe only what is their own (summary,
 * body, success answer). {@code OpenApiContractTest} and every API test hold the server to it.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String BASIC = "basicAuth";
    /** A decimal string: digits, an optional sign and fraction; never an exponent or a JSON number. */
    public static final String AMOUNT_PATTERN = "^-?[0-9]{1,18}(\\.[0-9]+)?$";

    @Bean
    OpenAPI backofficeApi() {
        return new OpenAPI()
                .info(new Info().title("Backoffice API").version("v1")
                        .description("Accounting, HR and IT of one company as commands and read models. "
                                + "See docs/api.md in the repository for the conventions.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes(BASIC,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    @Bean
    OpenApiCustomizer sharedShapesAndErrors() {
        return api -> {
            Map<String, Schema> schemas = api.getComponents().getSchemas();
            if (schemas == null) {
                return;
            }
            schemas.put("Money", money());
            schemas.put("FieldMessage", new ObjectSchema()
                    .addProperty("field", new StringSchema().description("the request field, e.g. overdraftLimit.amount"))
                    .addProperty("message", new StringSchema())
                    .required(List.of("field", "message")));
            schemas.put("ProblemDetail", problem());
            if (api.getPaths() != null) {
                api.getPaths().forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) -> addErrors(path, method, operation)));
            }
        };
    }

    private static Schema<?> money() {
        return new ObjectSchema()
                .description("An exact amount of one currency. The amount is a decimal string with at most the "
                        + "currency's minor-unit digits (two for EUR); a JSON number is refused with 400.")
                .addProperty("amount", new StringSchema().pattern(AMOUNT_PATTERN).example("125.50"))
                .addProperty("currency", new StringSchema().pattern("^[A-Z]{3}$").example("EUR")
                        .description("ISO 4217 code"))
                .required(List.of("amount", "currency"));
    }

    private static Schema<?> problem() {
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema().format("int32"))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference")
                        .description("the request's path"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldMessage"))
                        .description("for 400: each field that is wrong, with what it must be"))
                .required(List.of("type", "title", "status"));
    }

    private static void addErrors(String path, PathItem.HttpMethod method, Operation operation) {
        if (!path.startsWith("/api/")) {
            return;
        }
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(parameter -> {
                if ("query".equals(parameter.getIn()) && "page".equals(parameter.getName())) {
                    parameter.getSchema().minimum(java.math.BigDecimal.ZERO)._default(0);
                } else if ("query".equals(parameter.getIn()) && "size".equals(parameter.getName())) {
                    parameter.getSchema().minimum(java.math.BigDecimal.ONE).maximum(java.math.BigDecimal.valueOf(org.backoffice.query.common.PageRequestParams.MAX_SIZE))
                            ._default(50);
                }
            });
        }
        ApiResponses responses = operation.getResponses();
        boolean hasPathParameter = path.contains("{");
        boolean changes = method != PathItem.HttpMethod.GET;
        error(responses, "400", changes ? "Malformed or invalid input; nothing was stored"
                : "Malformed id, filter or paging parameter");
        error(responses, "401", "Not authenticated").addHeaderObject("WWW-Authenticate", new Header()
                .schema(new StringSchema()).description("Basic realm=\"backoffice\""));
        error(responses, "403", "The role may not do this");
        if (hasPathParameter) {
            error(responses, "404", "Unknown id");
        }
        if (changes) {
            error(responses, "409", "Conflicts with the current state, or the same id with a different body; nothing was stored");
            error(responses, "422", "A business rule forbids it; nothing was stored");
        }
        if (operation.getRequestBody() != null) {
            error(responses, "415", "The body is not application/json");
        }
        // An error an operation describes in its own words is a problem too, whatever it produces on success.
        responses.forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                response.content(problemContent());
            }
        });
    }

    /** Adds the problem answer unless the operation already describes that status in its own words. */
    private static ApiResponse error(ApiResponses responses, String status, String description) {
        ApiResponse own = responses.get(status);
        if (own != null) {
            return own;
        }
        ApiResponse response = new ApiResponse().description(description).content(problemContent());
        responses.addApiResponse(status, response);
        return response;
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail")));
    }
}
