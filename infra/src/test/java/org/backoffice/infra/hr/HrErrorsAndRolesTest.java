package org.backoffice.infra.hr;

import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.ApiTest;
import org.backoffice.infra.support.Hr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** HR's error answers (problem+json, nothing stored) and who may call what. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HrErrorsAndRolesTest extends ApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private String active;
    private String other;
    private String leftLastYear;

    @BeforeAll
    void people() {
        api = new Api(port);
        Hr hr = new Hr(api);
        active = hr.hire("Rosalind", "Franklin", unique("Bio"), TODAY.minusYears(1), "4000.00");
        other = hr.hire("Barbara", "McClintock", unique("Bio"), TODAY.minusYears(1), "4000.00");
        leftLastYear = hr.hire("Lise", "Meitner", unique("Physics"), TODAY.minusYears(3), "4000.00");
        hr.terminate(leftLastYear, TODAY.minusYears(1));
    }

    private void assertRefused(Api.Response r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("detail").asText()).isNotBlank();
        assertThat(storedBy(r)).as("nothing stored").isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"firstName\": \"A\"}",
            "{\"firstName\": \"A\", \"lastName\": \"B\", \"email\": \"not-an-email\", \"department\": \"D\", \"jobTitle\": \"J\", \"startDate\": \"2026-01-01\", \"monthlySalary\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}}",
            "{\"firstName\": \"A\", \"lastName\": \"B\", \"email\": \"a@b.c\", \"department\": \"D\", \"jobTitle\": \"J\", \"startDate\": \"2026-13-01\", \"monthlySalary\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}}",
            "{\"firstName\": \"A\", \"lastName\": \"B\", \"email\": \"a@b.c\", \"department\": \"D\", \"jobTitle\": \"J\", \"startDate\": \"2026-01-01\", \"monthlySalary\": \"1000\"}",
            "{\"firstName\": \"A\", \"lastName\": \"B\", \"email\": \"a@b.c\", \"department\": \"D\", \"jobTitle\": \"J\", \"startDate\": \"2026-01-01\", \"monthlySalary\": {\"amount\": \"1.001\", \"currency\": \"EUR\"}}",
            "{\"firstName\": \"A\", \"lastName\": \"B\", \"email\": \"a@b.c\", \"department\": \"D\", \"jobTitle\": \"J\", \"startDate\": \"2026-01-01\", \"monthlySalary\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}, \"salary\": 5}",
            "{\"firstName\": \"A\", \"lastName\": \"B\", \"email\": \"a@b.c\", \"department\": \"D\", \"jobTitle\": \"J\", \"startDate\": \"2026-01-01\", \"monthlySalary\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}, \"managerId\": \"nope\"}",
            "[]",
            "{",
    })
    void malformedHiresAreRefused(String body) {
        assertRefused(api.post("hr", "/api/v1/employees", body), 400);
    }

    @Test
    void aZeroSalaryIsABrokenRule() {
        assertRefused(api.post("hr", "/api/v1/employees", Hr.hireBody(null, null, "A", "B", unique("z") + "@example.com",
                "D", TODAY, "0.00", null)), 422);
    }

    @Test
    void anEmailOfAnActiveEmployeeIsAConflict() {
        String email = api.get("hr", "/api/v1/employees/" + active).json().path("email").asText();
        assertRefused(api.post("hr", "/api/v1/employees", Hr.hireBody(null, null, "Copy", "Cat", email.toUpperCase(),
                "D", TODAY, "100.00", null)), 409);
    }

    @Test
    void aManagerWhoLeftOrOneselfIsRefused() {
        assertRefused(api.post("hr", "/api/v1/employees", Hr.hireBody(null, null, "New", "Hire", unique("n") + "@example.com",
                "D", TODAY, "100.00", leftLastYear)), 422);
        assertRefused(api.post("hr", "/api/v1/employees/" + active + "/transfer", "{\"department\": \"X\", \"jobTitle\": \"Y\", "
                + "\"managerId\": \"" + active + "\", \"effectiveDate\": \"" + TODAY + "\"}"), 422);
    }

    @Test
    void unknownEmployeesAndPositionsAreNotFound() {
        String unknown = UUID.randomUUID().toString();
        assertRefused(api.get("hr", "/api/v1/employees/" + unknown), 404);
        assertRefused(api.post("hr", "/api/v1/employees/" + unknown + "/termination",
                "{\"effectiveDate\": \"" + TODAY + "\", \"reason\": \"x\"}"), 404);
        assertRefused(api.post("hr", "/api/v1/positions/" + unknown + "/closure", null), 404);
        assertRefused(api.post("hr", "/api/v1/conflicts/" + unknown + "/resolution", "{\"outcome\": \"x\"}"), 404);
    }

    @Test
    void terminatingTwiceIsAConflict() {
        assertRefused(api.post("hr", "/api/v1/employees/" + leftLastYear + "/termination",
                "{\"effectiveDate\": \"" + TODAY + "\", \"reason\": \"again\"}"), 409);
    }

    @Test
    void anActiveEmployeeCannotBeErased() {
        assertRefused(api.post("admin", "/api/v1/employees/" + active + "/erasure", null), 409);
    }

    @Test
    void conflictsNeedTwoDifferentActiveEmployeesAndAreResolvedOnce() {
        assertRefused(api.post("hr", "/api/v1/conflicts", "{\"employeeIds\": [\"" + active + "\"], \"description\": \"x\"}"), 400);
        assertRefused(api.post("hr", "/api/v1/conflicts", "{\"employeeIds\": [\"" + active + "\", \"" + active
                + "\"], \"description\": \"x\"}"), 422);
        assertRefused(api.post("hr", "/api/v1/conflicts", "{\"employeeIds\": [\"" + active + "\", \"" + leftLastYear
                + "\"], \"description\": \"x\"}"), 422);
        Api.Response opened = api.post("hr", "/api/v1/conflicts", "{\"employeeIds\": [\"" + active + "\", \"" + other
                + "\"], \"description\": \"the thermostat\"}");
        assertThat(opened.status()).isEqualTo(201);
        String id = opened.text("id");
        assertThat(api.post("hr", "/api/v1/conflicts/" + id + "/resolution", "{\"outcome\": \"a second thermostat\"}").status())
                .isEqualTo(200);
        assertRefused(api.post("hr", "/api/v1/conflicts/" + id + "/resolution", "{\"outcome\": \"again\"}"), 409);
    }

    @Test
    void aDisciplinaryActionIsCreatedWithItsOwnId() {
        Api.Response r = api.post("hr", "/api/v1/employees/" + active + "/disciplinary-actions",
                "{\"level\": \"WRITTEN_WARNING\", \"reason\": \"late thrice\", \"date\": \"" + TODAY + "\"}");
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.location()).endsWith("/disciplinary-actions/" + r.text("id"));
        assertRefused(api.post("hr", "/api/v1/employees/" + active + "/disciplinary-actions",
                "{\"level\": \"SHOUTING\", \"reason\": \"x\", \"date\": \"" + TODAY + "\"}"), 400);
    }

    @Test
    void badReportParametersAreRefused() {
        assertRefused(api.get("reporting", "/api/v1/reports/headcount?asOf=yesterday"), 400);
        assertRefused(api.get("reporting", "/api/v1/reports/headcount/trend?from=2026-05&to=2026-01"), 400);
        assertRefused(api.get("reporting", "/api/v1/reports/headcount/trend?from=2026-5&to=2026-06"), 400);
        assertRefused(api.get("reporting", "/api/v1/reports/headcount/trend"), 400);
        assertRefused(api.get("hr", "/api/v1/employees?status=RETIRED"), 400);
        assertRefused(api.get("accounting", "/api/v1/payroll-runs/2026-13"), 400);
        assertRefused(api.post("accounting", "/api/v1/payroll-runs", "{\"period\": \"2026\", \"bankAccountId\": \""
                + UUID.randomUUID() + "\", \"salaryExpenseAccountId\": \"" + UUID.randomUUID() + "\"}"), 400);
        assertRefused(api.post("accounting", "/api/v1/payroll-runs", "{\"period\": \"2031-01\", \"bankAccountId\": \""
                + UUID.randomUUID() + "\", \"salaryExpenseAccountId\": \"" + UUID.randomUUID() + "\"}"), 422);
    }

    private static final List<String> ROLES = List.of("accounting", "hr", "it", "reporting", "auditor", "admin");

    record Call(String method, String path, String body, Set<String> allowed) {
        @Override
        public String toString() {
            return method + " " + path.replaceAll("[0-9a-f-]{36}", "{id}");
        }
    }

    Stream<Arguments> matrix() {
        Set<String> hrWriters = Set.of("hr", "admin");
        String unknown = UUID.randomUUID().toString();
        List<Call> calls = List.of(
                new Call("POST", "/api/v1/positions", "{\"title\": \"T\", \"department\": \"D\"}", hrWriters),
                new Call("POST", "/api/v1/positions/" + unknown + "/closure", null, hrWriters),
                new Call("POST", "/api/v1/employees", "{}", hrWriters),
                new Call("POST", "/api/v1/employees/" + unknown + "/transfer", "{}", hrWriters),
                new Call("POST", "/api/v1/employees/" + unknown + "/salary-change", "{}", hrWriters),
                new Call("POST", "/api/v1/employees/" + unknown + "/disciplinary-actions", "{}", hrWriters),
                new Call("POST", "/api/v1/employees/" + unknown + "/termination", "{}", hrWriters),
                new Call("POST", "/api/v1/employees/" + unknown + "/erasure", null, Set.of("admin")),
                new Call("POST", "/api/v1/conflicts", "{}", hrWriters),
                new Call("POST", "/api/v1/conflicts/" + unknown + "/resolution", "{}", hrWriters),
                new Call("POST", "/api/v1/payroll-runs", "{}", Set.of("accounting", "admin")),
                new Call("GET", "/api/v1/payroll-runs/2020-01", null, Set.of("accounting", "reporting", "auditor", "admin")),
                new Call("GET", "/api/v1/employees", null, Set.of("hr", "accounting", "it", "reporting", "auditor", "admin")),
                new Call("GET", "/api/v1/employees/" + unknown, null, Set.of("hr", "accounting", "it", "reporting", "auditor", "admin")),
                new Call("GET", "/api/v1/positions", null, Set.of("hr", "reporting", "auditor", "admin")),
                new Call("GET", "/api/v1/reports/headcount", null, Set.of("hr", "reporting", "auditor", "admin")),
                new Call("GET", "/api/v1/reports/headcount/trend?from=2026-01&to=2026-02", null, Set.of("hr", "reporting", "auditor", "admin")));
        return calls.stream().flatMap(call -> ROLES.stream().map(role -> Arguments.of(call, role)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void eachRoleIsAllowedOrRefusedAsTheContractSays(Call call, String role) {
        Api.Response r = api.send(role, role + "-pw", call.method(), call.path(), call.body(),
                call.body() == null ? null : "application/json");
        if (call.allowed().contains(role)) {
            assertThat(r.status()).as(r.toString()).isNotIn(401, 403).isLessThan(500);
        } else {
            assertThat(r.status()).as(r.toString()).isEqualTo(403);
            assertThat(storedBy(r)).isZero();
        }
    }
}
