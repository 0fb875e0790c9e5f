package org.backoffice.infra.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.ApiTest;
import org.backoffice.infra.support.OpenApiSamples;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input for every endpoint, generated from the application's own OpenAPI description: for
 * each operation a well-formed request is built from its schema, then broken one way at a time —
 * broken JSON, wrong content type, each field missing, of the wrong type, far too long or too
 * large, an unknown enum value, a malformed id — and unknown or malformed ids in the path and the
 * query. Every answer must be a 4xx problem+json that stored nothing; never a 5xx. The seed is
 * printed; -Dbackoffice.test.seed=N replays a run.
 */
class MalformedRequestTest extends ApiTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String HUGE = "x".repeat(100_000);
    private static final String CONTROL = "control: well-formed";
    /** Java class names or Jackson's wording in an answer: the client learns nothing from them. */
    private static final java.util.regex.Pattern LEAKS = java.util.regex.Pattern.compile(
            "org\\.backoffice|java\\.(lang|util|time|math)|com\\.fasterxml|Cannot construct instance|Cannot deserialize");

    /** A request and the answers that are right for it (a malformed one is refused before any business rule). */
    private record Attempt(String method, String path, String body, String contentType, String what, Set<Integer> expected) {
        Attempt(String method, String path, String body, String contentType, String what) {
            this(method, path, body, contentType, what, BAD_REQUEST);
        }
    }

    private static final Set<Integer> BAD_REQUEST = Set.of(400);
    private static final Set<Integer> NOT_FOUND = Set.of(404);
    private static final Set<Integer> BAD_OR_UNKNOWN_ID = Set.of(400, 404);
    private static final Set<Integer> UNSUPPORTED_TYPE = Set.of(415);

    private OpenApiSamples samples;

    @Test
    void noMalformedRequestAnswers5xxOrStoresAnything() throws Exception {
        int rounds = Integer.getInteger("backoffice.reliability.rounds", 1);
        long first = Long.getLong("backoffice.test.seed", System.nanoTime());
        for (int round = 0; round < rounds; round++) {
            runRound(first + round);
        }
    }

    private void runRound(long seed) throws Exception {
        System.out.println("MalformedRequestTest seed " + seed + " (rerun with -Dbackoffice.test.seed=" + seed + ")");
        JsonNode doc = api.get("admin", "/v3/api-docs").json();
        samples = new OpenApiSamples(doc, new Random(seed));
        List<Attempt> attempts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                attemptsFor(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), op.getValue(), attempts::add);
            }
        }
        List<String> failures = new ArrayList<>();
        int controls = 0;
        int controlsAccepted = 0;
        for (Attempt a : attempts) {
            if (a.what().equals(CONTROL)) {
                // The well-formed request each body mutation starts from; it may be refused on
                // business grounds (its ids are random), which is noted, not judged.
                controls++;
                Api.Response r = api.send("admin", "admin-pw", a.method(), a.path(), a.body(), a.contentType());
                assertThat(r.status()).as("control " + a.method() + " " + a.path() + ": " + r.body()).isLessThan(500);
                controlsAccepted += r.status() < 400 ? 1 : 0;
                continue;
            }
            Api.Response r = api.send("admin", "admin-pw", a.method(), a.path(), a.body(), a.contentType());
            String where = a.method() + " " + abbreviate(a.path()) + " (" + a.what() + "): " + r.status() + " "
                    + abbreviate(r.body());
            if (r.status() >= 500) {
                failures.add("5xx: " + where);
            } else if (r.status() < 400) {
                failures.add("accepted: " + where);
            } else if (!r.contentType().startsWith("application/problem+json")) {
                failures.add("not problem+json (" + r.contentType() + "): " + where);
            } else if (storedBy(r) > 0) {
                failures.add("stored events: " + where);
            } else if (!a.expected().contains(r.status())) {
                failures.add("expected " + a.expected() + ": " + where);
            } else if (LEAKS.matcher(r.body()).find()) {
                failures.add("names the implementation instead of saying what is wrong: " + where);
            }
        }
        System.out.println("MalformedRequestTest: " + (attempts.size() - controls) + " malformed requests, "
                + failures.size() + " wrong answers; " + controlsAccepted + " of " + controls
                + " well-formed bodies they were made from were accepted as they stand");
        assertThat(failures).as("answers to malformed requests").isEmpty();
    }

    private void attemptsFor(String method, String template, JsonNode op, Consumer<Attempt> out) {
        String path = fillPath(template, op);
        JsonNode bodySchema = op.path("requestBody").path("content").path("application/json").path("schema");
        String validBody = bodySchema.isMissingNode() ? null : samples.sample(bodySchema).toString();
        String type = validBody == null ? null : "application/json";

        // Unknown and malformed ids in the path.
        for (JsonNode p : op.path("parameters")) {
            if (!p.path("in").asText().equals("path")) {
                continue;
            }
            for (String bad : List.of("not-a-uuid", "12345", "%20", "0000", HUGE.substring(0, 2_000))) {
                String broken = fillPath(template.replace("{" + p.path("name").asText() + "}", bad), op);
                out.accept(new Attempt(method, broken, validBody, type, "malformed path id " + abbreviate(bad),
                        BAD_OR_UNKNOWN_ID));
            }
            // A well-formed id nothing has: 404 for reads and changes; creates have no path ids.
            out.accept(new Attempt(method, fillPath(template, op), validBody,
                    type, "unknown path id", BAD_OR_UNKNOWN_ID));
        }
        // Malformed query parameters.
        for (JsonNode p : op.path("parameters")) {
            if (!p.path("in").asText().equals("query")) {
                continue;
            }
            for (String bad : badValuesFor(samples.resolve(p.path("schema")))) {
                String sep = path.contains("?") ? "&" : "?";
                out.accept(new Attempt(method, path + sep + p.path("name").asText() + "=" + bad, validBody, type,
                        "query " + p.path("name").asText() + "=" + abbreviate(bad)));
            }
        }
        if (validBody == null) {
            return;
        }
        out.accept(new Attempt(method, path, validBody, type, CONTROL));
        // Broken bodies and content types.
        boolean bodyRequired = op.path("requestBody").path("required").asBoolean(false);
        for (String broken : List.of("", "{", "[]", "null", "\"text\"", "42", validBody.substring(0, validBody.length() / 2),
                "{\"unclosed\": \"string}", validBody + "}")) {
            // An optional body may be left empty (or null): then only the path's id is judged.
            boolean absent = broken.isEmpty() || broken.equals("null");
            out.accept(new Attempt(method, path, broken, "application/json", "broken JSON " + abbreviate(broken),
                    absent && !bodyRequired ? BAD_OR_UNKNOWN_ID : BAD_REQUEST));
        }
        out.accept(new Attempt(method, path, validBody, "text/plain", "text/plain body", UNSUPPORTED_TYPE));
        out.accept(new Attempt(method, path, "<request/>", "application/xml", "XML body", UNSUPPORTED_TYPE));
        out.accept(new Attempt(method, path, null, null, "no body", bodyRequired ? BAD_REQUEST : BAD_OR_UNKNOWN_ID));
        // One field at a time: missing (if required), extra, wrong type, too long or large, unknown value.
        JsonNode schema = samples.resolve(bodySchema);
        ObjectNode valid = (ObjectNode) samples.sample(bodySchema);
        ObjectNode extra = valid.deepCopy();
        extra.put("unexpectedField", "surprise");
        out.accept(new Attempt(method, path, extra.toString(), type, "unknown field"));
        for (Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields(); props.hasNext(); ) {
            Map.Entry<String, JsonNode> prop = props.next();
            String name = prop.getKey();
            JsonNode propSchema = samples.resolve(prop.getValue());
            if (isRequired(schema, name)) {
                ObjectNode missing = valid.deepCopy();
                missing.remove(name);
                out.accept(new Attempt(method, path, missing.toString(), type, "missing " + name));
                ObjectNode nulled = valid.deepCopy();
                nulled.putNull(name);
                out.accept(new Attempt(method, path, nulled.toString(), type, name + " null"));
            }
            for (JsonNode wrong : wrongValuesFor(propSchema)) {
                ObjectNode mutated = valid.deepCopy();
                mutated.set(name, wrong);
                out.accept(new Attempt(method, path, mutated.toString(), type, name + " = " + abbreviate(wrong.toString())));
            }
        }
    }

    /** Values of the wrong shape, or right shape but impossible, for a field of this schema. */
    private List<JsonNode> wrongValuesFor(JsonNode schema) {
        List<JsonNode> wrong = new ArrayList<>();
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        switch (type) {
            case "string" -> {
                wrong.add(NODES.numberNode(12345));
                wrong.add(NODES.booleanNode(true));
                wrong.add(NODES.objectNode().put("nested", "object"));
                wrong.add(NODES.arrayNode().add("array"));
                wrong.add(NODES.textNode(HUGE));
                if (schema.has("enum")) {
                    wrong.add(NODES.textNode("NOT_A_VALUE"));
                }
                if (format.equals("uuid")) {
                    wrong.add(NODES.textNode("not-a-uuid"));
                }
                if (format.equals("date") || format.equals("date-time")) {
                    wrong.add(NODES.textNode("2026-13-45"));
                }
            }
            case "integer", "number" -> {
                wrong.add(NODES.textNode("not a number"));
                wrong.add(NODES.objectNode().put("nested", "object"));
                wrong.add(NODES.numberNode(new java.math.BigDecimal("1e400")));
            }
            case "boolean" -> wrong.add(NODES.textNode("maybe"));
            case "array" -> {
                wrong.add(NODES.textNode("not an array"));
                wrong.add(NODES.objectNode().put("nested", "object"));
            }
            default -> { // objects (Money, Party, ...): wrong shapes, then each field of theirs broken
                wrong.add(NODES.textNode("not an object"));
                wrong.add(NODES.arrayNode().add(1));
                JsonNode base = samples.sample(schema);
                if (base instanceof ObjectNode object) {
                    for (Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields(); props.hasNext(); ) {
                        Map.Entry<String, JsonNode> prop = props.next();
                        for (JsonNode bad : wrongScalarsFor(samples.resolve(prop.getValue()))) {
                            ObjectNode mutated = object.deepCopy();
                            mutated.set(prop.getKey(), bad);
                            wrong.add(mutated);
                        }
                    }
                }
            }
        }
        return wrong;
    }

    private List<JsonNode> wrongScalarsFor(JsonNode schema) {
        String type = schema.path("type").asText();
        if (type.equals("number") || type.equals("integer")) {
            return List.of(NODES.textNode("not a number"), NODES.numberNode(new java.math.BigDecimal("1e400")),
                    NODES.textNode("99999999999999999999999999999999.999"));
        }
        if (type.equals("string")) {
            List<JsonNode> bad = new ArrayList<>(List.of(NODES.textNode(HUGE), NODES.arrayNode()));
            if (schema.has("enum")) {
                bad.add(NODES.textNode("NOT_A_VALUE"));
            }
            if (schema.path("format").asText().equals("uuid")) {
                bad.add(NODES.textNode("not-a-uuid"));
            }
            return bad;
        }
        return List.of(NODES.textNode("not a " + type));
    }

    private List<String> badValuesFor(JsonNode schema) {
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        if (type.equals("integer") || type.equals("number")) {
            return List.of("abc", "1e400", "99999999999999999999");
        }
        if (schema.has("enum")) {
            return List.of("NOT_A_VALUE");
        }
        if (format.equals("uuid")) {
            return List.of("not-a-uuid");
        }
        if (format.equals("date") || format.equals("date-time")) {
            return List.of("2026-13-45", "yesterday");
        }
        return List.of();
    }

    private static boolean isRequired(JsonNode schema, String name) {
        for (JsonNode r : schema.path("required")) {
            if (r.asText().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Each path parameter well-formed: an integer (an entry's position) as 0, an id as a fresh UUID. */
    private static String fillPath(String template, JsonNode op) {
        String path = template;
        for (JsonNode p : op.path("parameters")) {
            if (p.path("in").asText().equals("path") && p.path("schema").path("type").asText().equals("integer")) {
                path = path.replace("{" + p.path("name").asText() + "}", "0");
            }
        }
        return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "null";
        }
        return s.length() <= 160 ? s : s.substring(0, 157) + "...";
    }
}
