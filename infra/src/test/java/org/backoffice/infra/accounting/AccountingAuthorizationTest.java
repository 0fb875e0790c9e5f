package org.backoffice.infra.accounting;

import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.ApiTest;
import org.backoffice.infra.support.Ledger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each accounting endpoint against each role (docs/api.md): the allowed roles get past security (any
 * answer but 401/403), the others get 403 and nothing is stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountingAuthorizationTest extends ApiTest {

    private static final List<String> ROLES = List.of("accounting", "hr", "it", "reporting", "auditor", "admin");
    private static final Set<String> WRITERS = Set.of("accounting", "admin");
    private static final Set<String> READERS = Set.of("accounting", "reporting", "auditor", "admin");

    private String bank;
    private String expense;
    private String completed;

    @BeforeAll
    void accounts() {
        api = new Api(port);
        Ledger ledger = new Ledger(api);
        bank = ledger.openBank(unique("1000"), "1000000.00");
        expense = ledger.open(unique("6000"), "EXPENSE", null);
        completed = ledger.post("TRANSFER", expense, bank, "1.00", "auth").text("id");
    }

    record Call(String method, String path, String body, Set<String> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    Stream<Arguments> matrix() {
        List<Call> calls = List.of(
                new Call("POST", "/api/v1/accounts", "{\"number\": \"N\", \"name\": \"x\", \"type\": \"EQUITY\", \"currency\": \"EUR\"}", WRITERS),
                new Call("POST", "/api/v1/transactions", Ledger.transaction(null, "TRANSFER", expense, bank, "1.00", "auth"), WRITERS),
                new Call("POST", "/api/v1/transactions/" + completed + "/reversal", "{\"reason\": \"auth\"}", WRITERS),
                new Call("POST", "/api/v1/accounts/" + UUID.randomUUID() + "/closure", null, WRITERS),
                new Call("GET", "/api/v1/accounts", null, READERS),
                new Call("GET", "/api/v1/accounts/" + bank, null, READERS),
                new Call("GET", "/api/v1/accounts/" + bank + "/entries", null, READERS),
                new Call("GET", "/api/v1/transactions/" + completed, null, READERS),
                new Call("GET", "/api/v1/reports/trial-balance", null, READERS),
                new Call("GET", "/api/v1/reports/balances", null, READERS),
                new Call("GET", "/actuator/prometheus", null, Set.of("admin")));
        return calls.stream().flatMap(call -> ROLES.stream().map(role -> Arguments.of(call, role)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void eachRoleIsAllowedOrRefusedAsTheContractSays(Call call, String role) {
        String body = call.body() == null ? null : call.body().replace("\"N\"", "\"" + unique("3000") + "\"");
        Api.Response r = api.send(role, role + "-pw", call.method(), call.path(), body,
                body == null ? null : "application/json");
        if (call.allowed().contains(role)) {
            assertThat(r.status()).as(r.toString()).isNotIn(401, 403).isLessThan(500);
        } else {
            assertThat(r.status()).as(r.toString()).isEqualTo(403);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(storedBy(r)).isZero();
        }
    }

    /**
     * The role is checked before the request is read: a caller without it hears 403, not what is
     * wrong with the body it sent (a malformed body, an unknown field, a number for an amount).
     */
    @org.junit.jupiter.api.Test
    void aCallerWithoutTheRoleHearsNothingAboutTheBody() {
        for (String body : List.of("not json", "{\"surprise\": 1}", "{\"amount\": {\"amount\": 1.5}}")) {
            Api.Response r = api.post("reporting", "/api/v1/transactions", body);
            org.assertj.core.api.Assertions.assertThat(r.status()).as(body + " -> " + r).isEqualTo(403);
            org.assertj.core.api.Assertions.assertThat(r.body()).doesNotContain("field");
        }
        org.assertj.core.api.Assertions.assertThat(api.post("accounting", "/api/v1/transactions", "not json").status())
                .as("the same body from a caller with the role is read, and refused as malformed").isEqualTo(400);
    }

    /**
     * A method the path has no operation for is refused like any request without an operation,
     * as problem+json (sent around the validating client: the description rightly has no such
     * operation).
     */
    @org.junit.jupiter.api.Test
    void aMethodThePathHasNoOperationForIsRefusedAsAProblem() throws Exception {
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/accounts"))
                        .method("DELETE", java.net.http.HttpRequest.BodyPublishers.noBody())
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                                .encodeToString("admin:admin-pw".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(answer.statusCode()).isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");
    }
}
