package org.backoffice.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.ApiContract;
import org.backoffice.infra.support.ApiTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The OpenAPI description is the API's contract: the copy in docs/ is the one being served, the
 * reference in docs/api.md names exactly its operations, it states money and errors as the
 * server writes them, and the check that every API test runs through ({@link ApiContract}) does
 * find a difference when there is one.
 */
class OpenApiContractTest extends ApiTest {

    private static final Path COMMITTED = Path.of("..", "docs", "openapi.json");
    private static final Path REFERENCE = Path.of("..", "docs", "api.md");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private JsonNode served() {
        ObjectNode docs = (ObjectNode) api.get(null, "/v3/api-docs").json();
        docs.remove("servers"); // names this test's random port
        return docs;
    }

    @Test
    void theCommittedDescriptionIsTheServedOne() throws IOException {
        JsonNode served = served();
        Path fresh = Path.of("target", "openapi.json");
        Files.writeString(fresh, JSON.writeValueAsString(JSON.treeToValue(served, Object.class)) + "\n");
        assertThat(Files.exists(COMMITTED)).as("docs/openapi.json exists").isTrue();
        assertThat(firstDifference("", JSON.readTree(COMMITTED.toFile()), served))
                .as("docs/openapi.json is the served description; if the API changed on purpose, copy "
                        + "infra/target/openapi.json (written by this test) over it and review the diff")
                .isNull();
    }

    /** The JSON pointer of the first place where two documents differ, or null. */
    private static String firstDifference(String at, JsonNode committed, JsonNode served) {
        if (committed.isObject() && served.isObject()) {
            Set<String> names = new TreeSet<>();
            committed.fieldNames().forEachRemaining(names::add);
            served.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String where = at + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!committed.has(name) || !served.has(name)) {
                    return where + (committed.has(name) ? " is no longer served" : " is served but not committed");
                }
                String inner = firstDifference(where, committed.get(name), served.get(name));
                if (inner != null) {
                    return inner;
                }
            }
            return null;
        }
        if (committed.isArray() && served.isArray() && committed.size() == served.size()) {
            for (int i = 0; i < committed.size(); i++) {
                String inner = firstDifference(at + "/" + i, committed.get(i), served.get(i));
                if (inner != null) {
                    return inner;
                }
            }
            return null;
        }
        return committed.equals(served) ? null : at + ": committed " + committed + ", served " + served;
    }

    @Test
    void theReferenceNamesEveryOperationOnceAndNothingElse() throws IOException {
        Set<String> described = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = served().path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method ->
                    described.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey()));
        }
        Set<String> referenced = new TreeSet<>();
        Matcher m = Pattern.compile("^\\| `(GET|POST|PUT|PATCH|DELETE) (/api/[^`]+)`", Pattern.MULTILINE)
                .matcher(Files.readString(REFERENCE));
        while (m.find()) {
            assertThat(referenced.add(m.group(1) + " " + m.group(2))).as("listed once: " + m.group()).isTrue();
        }
        assertThat(described).as("operations of /v3/api-docs").hasSizeGreaterThan(50);
        assertThat(referenced).as("operations in the tables of docs/api.md").isEqualTo(described);
    }

    @Test
    void moneyIsADecimalStringAndAProblemsInstanceIsAUriReference() {
        JsonNode schemas = served().path("components").path("schemas");
        JsonNode amount = schemas.path("Money").path("properties").path("amount");
        assertThat(amount.path("type").asText()).isEqualTo("string");
        assertThat(amount.path("pattern").asText()).isNotEmpty();
        assertThat(schemas.path("ProblemDetail").path("properties").path("instance").path("format").asText())
                .isEqualTo("uri-reference");

        // And the server does write both so (the validating check would refuse anything else too).
        Api.Response missing = api.get("accounting", "/api/v1/accounts/" + UUID.randomUUID());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("instance").asText()).startsWith("/api/v1/accounts/");
        assertThat(missing.json().path("type").asText()).as("not about:blank: every problem has the API's own type")
                .isEqualTo("https://backoffice.example/problems/not-found");
        Api.Response unauthenticated = api.get(null, "/api/v1/accounts");
        assertThat(unauthenticated.status()).isEqualTo(401);
        assertThat(unauthenticated.json().path("instance").asText()).as("the security chain's problems too")
                .isEqualTo("/api/v1/accounts");
        String bank = new org.backoffice.infra.support.Ledger(api).openBank(unique("1000"), "0");
        Api.Response account = eventually(() -> api.get("accounting", "/api/v1/accounts/" + bank), r -> r.status() == 200);
        assertThat(account.json().path("balance").path("amount").isTextual()).as(account.body()).isTrue();
    }

    @Test
    void theCheckEveryApiTestRunsThroughFindsADifference() {
        // An answer with a field the description does not have, an amount as a number, and a
        // status the operation does not list: each must fail the test that meets it.
        String path = "/api/v1/accounts/" + UUID.randomUUID();
        assertThatThrownBy(() -> ApiContract.checkAnswer(port, "GET", path, 200, "application/json",
                "{\"id\": \"" + UUID.randomUUID() + "\", \"surprise\": true}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("surprise");
        assertThatThrownBy(() -> ApiContract.checkAnswer(port, "GET", path, 200, "application/json",
                "{\"balance\": {\"amount\": 12.5, \"currency\": \"EUR\"}}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("balance/amount");
        assertThatThrownBy(() -> ApiContract.checkAnswer(port, "GET", path, 418, "application/problem+json",
                "{\"type\": \"about:blank\", \"title\": \"t\", \"status\": 418}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("418");
        // A well-formed answer passes.
        ApiContract.checkAnswer(port, "GET", path, 404, "application/problem+json",
                "{\"type\": \"https://backoffice.example/problems/not-found\", \"title\": \"Not found\", "
                        + "\"status\": 404, \"detail\": \"d\", \"instance\": \"" + path + "\"}");
    }
}
