package org.backoffice.infra.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** Well-formed request bodies made from the application's own OpenAPI description (/v3/api-docs). */
public final class OpenApiSamples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode schemas;
    private final Random random;

    public OpenApiSamples(JsonNode apiDocs, Random random) {
        this.schemas = apiDocs.path("components").path("schemas");
        this.random = random;
    }

    /** A well-formed value of this schema: every property filled, ids random (so unknown). */
    public JsonNode sample(JsonNode schemaOrRef) {
        return sample(schemaOrRef, 0);
    }

    private JsonNode sample(JsonNode schemaOrRef, int depth) {
        JsonNode schema = resolve(schemaOrRef);
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        String format = schema.path("format").asText();
        switch (type) {
            case "object" -> {
                ObjectNode node = NODES.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields(); props.hasNext(); ) {
                    Map.Entry<String, JsonNode> prop = props.next();
                    if (depth < 4) {
                        node.set(prop.getKey(), prop.getKey().equals("currency") ? NODES.textNode("EUR")
                                : sample(prop.getValue(), depth + 1));
                    }
                }
                return node;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(sample(schema.path("items"), depth + 1));
                return array;
            }
            case "integer" -> {
                return NODES.numberNode(1);
            }
            case "number" -> {
                return NODES.numberNode(new java.math.BigDecimal("1.00"));
            }
            case "boolean" -> {
                return NODES.booleanNode(false);
            }
            default -> {
                return switch (format) {
                    case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                    case "date" -> NODES.textNode(LocalDate.now().toString());
                    case "date-time" -> NODES.textNode(java.time.Instant.now().toString());
                    case "email" -> NODES.textNode("someone." + random.nextInt(1_000_000) + "@example.com");
                    default -> NODES.textNode(currencyLike(schema) ? "EUR"
                            : decimalLike(schema) ? "1.00" : "Sample " + random.nextInt(1_000_000));
                };
            }
        }
    }

    private static boolean currencyLike(JsonNode schema) {
        return schema.path("pattern").asText().contains("A-Z") || schema.path("maxLength").asInt(0) == 3;
    }

    private static boolean decimalLike(JsonNode schema) {
        return schema.path("pattern").asText().startsWith("^-?[0-9]");
    }

    public JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 10 && s.has("$ref"); i++) {
            String ref = s.path("$ref").asText();
            s = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (s.has("allOf") && s.path("allOf").size() == 1) {
            return resolve(s.path("allOf").get(0));
        }
        return s;
    }

}
