package org.backoffice.infra.hr;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.ApiTest;
import org.backoffice.infra.support.Hr;
import org.backoffice.infra.support.Ledger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The HR life cycle through REST against real PostgreSQL. */
class HrFlowTest extends ApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private Hr hr;

    @BeforeEach
    void setUp() {
        hr = new Hr(api);
    }

    private JsonNode headcount(LocalDate day) {
        return api.get("reporting", "/api/v1/reports/headcount?asOf=" + day).json();
    }

    @Test
    void headcountFollowsHiresTransfersAndAFutureTermination() {
        String sales = unique("Sales");
        String support = unique("Support");
        String ada = hr.hire("Ada", "Lovelace", sales, TODAY.minusMonths(6), "4000.00");
        String alan = hr.hire("Alan", "Turing", sales, TODAY.minusMonths(3), "4200.00");
        String grace = hr.hire("Grace", "Hopper", support, TODAY.minusMonths(2), "4100.00");
        LocalDate moveDay = TODAY.minusMonths(1);
        assertThat(api.post("hr", "/api/v1/employees/" + alan + "/transfer", "{\"department\": \"" + support
                + "\", \"jobTitle\": \"Lead\", \"managerId\": \"" + grace + "\", \"effectiveDate\": \"" + moveDay + "\"}").status())
                .isEqualTo(200);
        LocalDate lastDay = TODAY.plusDays(20);
        hr.terminate(ada, lastDay);

        eventually(() -> api.get("hr", "/api/v1/employees/" + ada).json(),
                e -> e.path("terminationDate").asText().equals(lastDay.toString()));
        JsonNode adaNow = api.get("hr", "/api/v1/employees/" + ada).json();
        assertThat(adaNow.path("status").asText()).as("a future last day keeps her active").isEqualTo("ACTIVE");

        JsonNode beforeMove = headcount(moveDay.minusDays(1));
        assertThat(beforeMove.path("byDepartment").path(sales).asInt()).isEqualTo(2);
        assertThat(beforeMove.path("byDepartment").path(support).asInt()).isEqualTo(1);
        JsonNode onLastDay = headcount(lastDay);
        assertThat(onLastDay.path("byDepartment").path(sales).asInt()).isEqualTo(1);
        assertThat(onLastDay.path("byDepartment").path(support).asInt()).isEqualTo(2);
        JsonNode afterLastDay = headcount(lastDay.plusDays(1));
        assertThat(afterLastDay.path("byDepartment").has(sales)).isFalse();
        assertThat(afterLastDay.path("byDepartment").path(support).asInt()).isEqualTo(2);
        assertThat(onLastDay.path("total").asLong() - afterLastDay.path("total").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode beforeAnyone = headcount(TODAY.minusMonths(7));
        assertThat(beforeAnyone.path("byDepartment").has(sales)).isFalse();

        JsonNode alanNow = api.get("hr", "/api/v1/employees/" + alan).json();
        assertThat(alanNow.path("department").asText()).isEqualTo(support);
        assertThat(alanNow.path("managerId").asText()).isEqualTo(grace);
        JsonNode list = api.get("hr", "/api/v1/employees?department=" + support + "&status=ACTIVE").json();
        assertThat(list.path("total").asInt()).isEqualTo(2);
    }

    @Test
    void theTrendCountsHiresAndTerminationsPerMonth() {
        // 2023: a year no other test hires in, so the company-wide counts are exact.
        String dept = unique("Ops");
        String mary = hr.hire("Mary", "Jackson", dept, LocalDate.of(2023, 3, 10), "3000.00");
        hr.hire("Katherine", "Johnson", dept, LocalDate.of(2023, 4, 2), "3000.00");
        hr.terminate(mary, LocalDate.of(2023, 5, 31));
        eventually(() -> api.get("hr", "/api/v1/employees/" + mary).json().path("status").asText(), "TERMINATED"::equals);

        JsonNode trend = api.get("reporting", "/api/v1/reports/headcount/trend?from=2023-03&to=2023-06").json();

        assertThat(trend).hasSize(4);
        assertThat(trend.findValuesAsText("month")).containsExactly("2023-03", "2023-04", "2023-05", "2023-06");
        assertThat(trend.findValues("headcount")).extracting(JsonNode::asInt).as("the last day counts").containsExactly(1, 2, 2, 1);
        assertThat(trend.findValues("hires")).extracting(JsonNode::asInt).containsExactly(1, 1, 0, 0);
        assertThat(trend.findValues("terminations")).extracting(JsonNode::asInt).containsExactly(0, 0, 1, 0);
    }

    @Test
    void aHireIntoAPositionFillsItAndASecondHireIsRefused() {
        String dept = unique("Legal");
        String position = hr.openPosition("Counsel", dept);
        Api.Response first = api.post("hr", "/api/v1/employees", Hr.hireBody(null, position, "Ruth", "Ginsburg",
                unique("ruth") + "@example.com", dept, TODAY, "7000.00", null));
        Api.Response second = api.post("hr", "/api/v1/employees", Hr.hireBody(null, position, "Sandra", "OConnor",
                unique("sandra") + "@example.com", dept, TODAY, "7000.00", null));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(409);
        JsonNode positions = eventually(() -> api.get("hr", "/api/v1/positions?department=" + dept).json(),
                p -> p.path("items").path(0).path("status").asText().equals("FILLED"));
        assertThat(positions.path("items").get(0).path("employeeId").asText()).isEqualTo(first.text("id"));
        assertThat(api.post("hr", "/api/v1/positions/" + position + "/closure", null).status()).isEqualTo(409);
        String other = hr.openPosition("Paralegal", dept);
        eventually(() -> headcount(TODAY).path("openPositions").asInt(), n -> n >= 1);
        assertThat(api.post("hr", "/api/v1/positions/" + other + "/closure", null).status()).isEqualTo(200);
    }

    @Test
    void erasureMakesPersonalDataUnreadableForEverWhileCountsAndHistoryStay() throws Exception {
        String dept = unique("Archive");
        String name = "Zelda" + unique("Q").replace("-", "");
        // Left in 2011: the HR file was kept to 2014, the payroll data to 2021; both go at once.
        String id = hr.hire(name, "Erasable", dept, LocalDate.of(2011, 1, 1), "3000.00");
        hr.terminate(id, LocalDate.of(2011, 6, 30));
        // The account the final pay goes to: personal data, sealed like the name.
        String iban = "DE02120300000000202051";
        assertThat(api.post("hr", "/api/v1/employees/" + id + "/bank-details", "{\"iban\": \"DE02 1203 0000 0000 2020 51\", "
                + "\"bic\": \"byladem1001\"}").status()).isEqualTo(200);
        Api.Response wrong = api.post("hr", "/api/v1/employees/" + id + "/bank-details", "{\"iban\": \"DE03120300000000202051\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().path("errors").get(0).path("field").asText()).isEqualTo("iban");
        eventually(() -> api.get("hr", "/api/v1/employees/" + id).json().path("bankDetails").path("iban").asText(), iban::equals);
        assertThat(api.get("accounting", "/api/v1/employees/" + id).json().path("bankDetails").path("bic").asText())
                .isEqualTo("BYLADEM1001");
        assertThat(api.get("it", "/api/v1/employees/" + id).json().has("bankDetails")).as("IT does not see it").isFalse();
        assertThat(api.get("reporting", "/api/v1/employees/" + id).json().has("bankDetails")).isFalse();
        eventually(() -> api.get("hr", "/api/v1/employees/" + id).json().path("firstName").asText(), name::equals);
        assertThat(storedBytesOf(id)).as("the name is sealed in the events from the start").doesNotContain(name)
                .doesNotContain(iban).doesNotContain("BYLADEM1001");

        assertThat(api.post("hr", "/api/v1/employees/" + id + "/erasure", null).status()).as("HR may not erase").isEqualTo(403);
        Api.Response erased = api.post("admin", "/api/v1/employees/" + id + "/erasure", null);

        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.json().path("classes").findValuesAsText("status")).containsExactly("ERASED", "ERASED");
        assertThat(jdbc.queryForObject("select count(*) from personal_data_key where subject_id = ?::uuid", Long.class, id)).isZero();
        JsonNode shown = eventually(() -> api.get("hr", "/api/v1/employees/" + id).json(),
                e -> e.path("personalDataErased").asBoolean());
        assertThat(shown.path("firstName").asText()).isEqualTo("[erased]");
        assertThat(shown.path("email").asText()).isEqualTo("[erased]");
        assertThat(shown.path("bankDetails").path("iban").asText()).isEqualTo("[erased]");
        assertThat(shown.toString()).doesNotContain("BYLADEM1001");
        Api.Response afterErasure = api.post("hr", "/api/v1/employees/" + id + "/bank-details", "{\"iban\": \"" + iban + "\"}");
        assertThat(afterErasure.status()).as("no new personal data after erasure").isEqualTo(409);
        assertThat(shown.path("startDate").asText()).isEqualTo("2011-01-01");
        assertThat(storedBytesOf(id)).doesNotContain(name);
        assertThat(storedBy(erased)).as("the plan and one erasure per class").isEqualTo(3);
        assertThat(storedBy(afterErasure)).isZero();
        List<String> types = jdbc.queryForList("select payload_type from domain_event_entry where aggregate_identifier = ? "
                + "order by sequence_number", String.class, id);
        assertThat(types).last().asString().endsWith("EmployeePersonalDataErasedEvent");
        List<Long> sequences = jdbc.queryForList("select sequence_number from domain_event_entry where aggregate_identifier = ? "
                + "order by sequence_number", Long.class, id);
        assertThat(sequences).as("history intact, contiguous").containsExactly(
                java.util.stream.LongStream.range(0, sequences.size()).boxed().toArray(Long[]::new));
        assertThat(api.get("reporting", "/api/v1/reports/headcount?asOf=2011-03-01").json()
                .path("byDepartment").path(dept).asInt()).as("history still counts her").isEqualTo(1);
    }

    @Test
    void erasureKeepsThePayrollDataUntilTheBooksMayGoAndErasesTheHrFileAtOnce() {
        // Left mid-2022: the HR file was kept to the end of 2025, the payroll data is kept to the end of 2032.
        String id = hr.hire("Hertha", "Sponer", unique("Archive"), LocalDate.of(2019, 1, 1), "3000.00");
        hr.terminate(id, LocalDate.of(2022, 6, 30));
        assertThat(api.post("hr", "/api/v1/employees/" + id + "/bank-details", "{\"iban\": \"DE02120300000000202051\"}").status())
                .isEqualTo(200);
        assertThat(api.get("admin", "/api/v1/employees/" + id + "/erasure-plan").status()).as("none requested yet").isEqualTo(404);

        Api.Response erased = api.post("admin", "/api/v1/employees/" + id + "/erasure", null);

        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        JsonNode hrFile = erased.json().path("classes").path(0);
        JsonNode payroll = erased.json().path("classes").path(1);
        assertThat(hrFile.path("retentionClass").asText()).isEqualTo("HR_FILE");
        assertThat(hrFile.path("status").asText()).isEqualTo("ERASED");
        assertThat(hrFile.path("retainedUntil").asText()).isEqualTo("2025-12-31");
        assertThat(payroll.path("status").asText()).isEqualTo("SCHEDULED");
        assertThat(payroll.path("retainedUntil").asText()).isEqualTo("2032-12-31");
        assertThat(payroll.path("erasesOn").asText()).isEqualTo("2033-01-01");
        JsonNode shown = eventually(() -> api.get("hr", "/api/v1/employees/" + id).json(),
                e -> e.path("email").asText().equals("[erased]"));
        assertThat(shown.path("lastName").asText()).as("the payroll records still need the name").isEqualTo("Sponer");
        assertThat(shown.path("bankDetails").path("iban").asText()).isEqualTo("DE02120300000000202051");
        assertThat(shown.path("personalDataErased").asBoolean()).isFalse();
        assertThat(jdbc.queryForList("select retention_class from personal_data_key where subject_id = ?::uuid", String.class, id))
                .containsExactly("PAYROLL");
        JsonNode plan = eventually(() -> api.get("hr", "/api/v1/employees/" + id + "/erasure-plan"), r -> r.status() == 200).json();
        assertThat(plan.path("classes").findValuesAsText("status")).containsExactly("ERASED", "SCHEDULED");
        assertThat(api.get("reporting", "/api/v1/employees/" + id + "/erasure-plan").status()).isEqualTo(403);
        Api.Response again = api.post("admin", "/api/v1/employees/" + id + "/erasure", null);
        assertThat(again.json().path("classes")).isEqualTo(erased.json().path("classes"));
        assertThat(storedBy(again)).isZero();
        assertThat(api.get("auditor", "/api/v1/audit/integrity").json().path("status").asText())
                .as("erasure deletes keys, never events: the chain still verifies").isEqualTo("INTACT");
    }

    private String storedBytesOf(String aggregate) {
        StringBuilder all = new StringBuilder();
        jdbc.query("select payload, meta_data from domain_event_entry where aggregate_identifier = ?", rs -> {
            all.append(new String(rs.getBytes(1), StandardCharsets.UTF_8));
            all.append(new String(rs.getBytes(2), StandardCharsets.UTF_8));
        }, aggregate);
        return all.toString();
    }

    @Test
    void reportingSeesNeitherSalariesNorPersonalDataAndItSeesNoSalary() {
        String id = hr.hire("Hedy", "Lamarr", unique("Lab"), TODAY, "5100.00");
        JsonNode asHr = eventually(() -> api.get("hr", "/api/v1/employees/" + id), r -> r.status() == 200).json();
        assertThat(asHr.path("monthlySalary").path("amount").asText()).isEqualTo("5100.00");
        assertThat(asHr.path("lastName").asText()).isEqualTo("Lamarr");

        JsonNode asReporting = api.get("reporting", "/api/v1/employees/" + id).json();
        assertThat(asReporting.has("monthlySalary")).isFalse();
        assertThat(asReporting.has("firstName")).isFalse();
        assertThat(asReporting.has("email")).isFalse();
        assertThat(asReporting.path("department").asText()).startsWith("Lab");
        assertThat(api.get("reporting", "/api/v1/employees").body()).doesNotContain("Lamarr").doesNotContain("5100.00");

        JsonNode asIt = api.get("it", "/api/v1/employees/" + id).json();
        assertThat(asIt.has("monthlySalary")).isFalse();
        assertThat(asIt.path("lastName").asText()).isEqualTo("Lamarr");
        assertThat(api.get("accounting", "/api/v1/employees/" + id).json().has("monthlySalary")).isTrue();
    }

    @Test
    void payrollPaysEveryEmployeeOnceAndEachPaymentIsInTheLedgerAndAShortBankIsReported() {
        Ledger ledger = new Ledger(api);
        String bank = ledger.openBank(unique("1000"), "10000000.00");
        String salaries = ledger.open(unique("6400"), "EXPENSE", null);
        String dept = unique("Payroll");
        String joiner = hr.hire("Joan", "Clarke", dept, LocalDate.of(2026, 9, 16), "3000.00");
        String leaver = hr.hire("Tommy", "Flowers", dept, LocalDate.of(2024, 1, 1), "3100.00");
        hr.terminate(leaver, LocalDate.of(2026, 9, 10));
        assertThat(api.post("hr", "/api/v1/employees/" + joiner + "/salary-change",
                "{\"monthlySalary\": {\"amount\": \"3600.00\", \"currency\": \"EUR\"}, \"effectiveDate\": \"2026-09-26\"}").status())
                .isEqualTo(200);
        // Tommy's leave account is settled when his termination takes effect: 20 untaken days of 2026 (8 whole months).
        eventually(() -> api.get("hr", "/api/v1/employees/" + leaver + "/leave-balance?date=2026-09-10").json(),
                b -> b.path("untakenDays").isNumber());
        String body = "{\"period\": \"2026-09\", \"bankAccountId\": \"" + bank + "\", \"salaryExpenseAccountId\": \"" + salaries + "\"}";

        Api.Response started = api.post("accounting", "/api/v1/payroll-runs", body);
        Api.Response again = api.post("accounting", "/api/v1/payroll-runs", body);

        assertThat(started.status()).isEqualTo(202);
        assertThat(started.location()).isEqualTo("/api/v1/payroll-runs/2026-09");
        assertThat(again.status()).isEqualTo(409);
        JsonNode run = eventually(() -> api.get("accounting", "/api/v1/payroll-runs/2026-09"),
                r -> r.status() == 200 && r.json().path("status").asText().equals("COMPLETED")).json();
        assertThat(run.path("rejected").asInt()).isZero();
        JsonNode reported = api.get("reporting", "/api/v1/payroll-runs/2026-09").json();
        assertThat(reported.path("payments").size()).isEqualTo(run.path("payments").size());
        assertThat(reported.path("payments").findValues("amount")).as("no one's pay for reporting").isEmpty();
        assertThat(reported.path("total")).isEqualTo(run.path("total"));
        java.util.Map<String, String> paid = new java.util.HashMap<>();
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (JsonNode p : run.path("payments")) {
            paid.put(p.path("employeeId").asText(), p.path("amount").path("amount").asText());
            sum = sum.add(new java.math.BigDecimal(p.path("amount").path("amount").asText()));
            JsonNode tx = eventually(() -> api.get("accounting", "/api/v1/transactions/" + p.path("transactionId").asText()),
                    r -> r.status() == 200).json();
            assertThat(tx.path("status").asText()).isEqualTo("COMPLETED");
            assertThat(tx.path("kind").asText()).isEqualTo("PAYROLL");
            assertThat(tx.path("debitAccountId").asText()).isEqualTo(salaries);
            assertThat(tx.path("creditAccountId").asText()).isEqualTo(bank);
            assertThat(tx.path("amount")).isEqualTo(p.path("amount"));
            assertThat(tx.path("reference").asText()).contains(p.path("employeeId").asText());
        }
        // Joan: 10 days at 3000 and 5 at 3600 of 30 = (30000 + 18000) / 30; Tommy: 10 of 30 days of 3100,
        // and his 20 untaken days of leave paid out at 3100 * 3 / 65 a day (2861.54).
        assertThat(paid.get(joiner)).isEqualTo("1600.00");
        assertThat(paid.get(leaver)).isEqualTo("3894.87");
        assertThat(run.path("employees").asInt()).isEqualTo(run.path("payments").size());
        assertThat(new java.math.BigDecimal(run.path("total").path("amount").asText())).isEqualByComparingTo(sum);
        eventually(() -> ledger.balance(salaries), sum.setScale(2).toPlainString()::equals);
        assertThat(api.get("accounting", "/api/v1/accounts/" + salaries + "/entries?size=500").json().path("total").asInt())
                .isEqualTo(run.path("payments").size());

        String poorBank = ledger.openBank(unique("1001"), "0.00");
        Api.Response poor = api.post("accounting", "/api/v1/payroll-runs", "{\"period\": \"2026-08\", \"bankAccountId\": \""
                + poorBank + "\", \"salaryExpenseAccountId\": \"" + salaries + "\"}");
        assertThat(poor.status()).isEqualTo(202);
        JsonNode rejected = eventually(() -> api.get("accounting", "/api/v1/payroll-runs/2026-08"),
                r -> r.status() == 200 && r.json().path("status").asText().equals("COMPLETED")).json();
        assertThat(rejected.path("rejected").asInt()).isEqualTo(rejected.path("payments").size()).isPositive();
        assertThat(rejected.path("employees").asInt()).isZero();
        assertThat(rejected.path("payments").get(0).path("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.path("payments").get(0).path("reason").asText()).contains("insufficient funds");
    }

    @Test
    void theHistoryListsEveryChangeByEffectiveDateAndHidesSalariesFromThoseWhoMayNotSeeThem() {
        String dept = unique("History");
        String id = hr.hire("Hedy", "Lamarr", dept, LocalDate.of(2025, 1, 1), "3000.00");
        api.post("hr", "/api/v1/employees/" + id + "/transfer", "{\"department\": \"" + dept + "-R&D\", "
                + "\"jobTitle\": \"Inventor\", \"effectiveDate\": \"2025-06-01\"}");
        api.post("hr", "/api/v1/employees/" + id + "/salary-change",
                "{\"monthlySalary\": {\"amount\": \"3300.00\", \"currency\": \"EUR\"}, \"effectiveDate\": \"2025-04-01\"}");
        String reviewer = hr.hire("Rita", "Reviewer", dept, LocalDate.of(2024, 1, 1), "5000.00");
        Api.Response review = api.post("hr", "/api/v1/employees/" + id + "/reviews", "{\"period\": \"2025-H1\", "
                + "\"rating\": 4, \"reviewerId\": \"" + reviewer + "\", \"summary\": \"Invented frequency hopping\"}");
        assertThat(review.status()).as(review.toString()).isEqualTo(201);
        assertThat(api.post("hr", "/api/v1/employees/" + id + "/reviews", "{\"period\": \"2025-H1\", \"rating\": 2, "
                + "\"reviewerId\": \"" + reviewer + "\", \"summary\": \"again\"}").status()).as("one per period").isEqualTo(409);
        assertThat(api.post("hr", "/api/v1/employees/" + id + "/reviews", "{\"period\": \"2025-H3\", \"rating\": 4, "
                + "\"reviewerId\": \"" + reviewer + "\", \"summary\": \"x\"}").status()).as("no such period").isEqualTo(400);
        assertThat(api.post("hr", "/api/v1/employees/" + id + "/reviews", "{\"period\": \"2025-H2\", \"rating\": 6, "
                + "\"reviewerId\": \"" + reviewer + "\", \"summary\": \"x\"}").status()).isEqualTo(400);
        hr.terminate(id, LocalDate.of(2025, 12, 31));

        JsonNode history = eventually(() -> api.get("hr", "/api/v1/employees/" + id + "/history").json(),
                h -> h.path("changes").size() == 4);
        JsonNode changes = history.path("changes");
        assertThat(changes.findValuesAsText("change")).containsExactly("HIRED", "SALARY_CHANGED", "TRANSFERRED", "TERMINATED");
        assertThat(changes.findValuesAsText("effectiveDate"))
                .containsExactly("2025-01-01", "2025-04-01", "2025-06-01", "2025-12-31");
        assertThat(changes.path(0).path("department").asText()).isEqualTo(dept);
        assertThat(changes.path(0).path("monthlySalary").path("amount").asText()).isEqualTo("3000.00");
        assertThat(changes.path(0).path("status").asText()).isEqualTo("ACTIVE");
        assertThat(changes.path(1).path("monthlySalary").path("amount").asText()).isEqualTo("3300.00");
        assertThat(changes.path(1).has("department")).as("a salary change touches nothing else").isFalse();
        assertThat(changes.path(2).path("department").asText()).isEqualTo(dept + "-R&D");
        assertThat(changes.path(2).path("jobTitle").asText()).isEqualTo("Inventor");
        assertThat(changes.path(3).path("status").asText()).isEqualTo("TERMINATED");

        JsonNode reviews = eventually(() -> api.get("hr", "/api/v1/employees/" + id + "/history").json().path("reviews"),
                r -> r.size() == 1);
        assertThat(reviews.path(0).path("period").asText()).isEqualTo("2025-H1");
        assertThat(reviews.path(0).path("rating").asInt()).isEqualTo(4);
        assertThat(api.get("accounting", "/api/v1/employees/" + id + "/history").json().has("reviews"))
                .as("reviews are HR's").isFalse();
        JsonNode reporting = api.get("reporting", "/api/v1/employees/" + id + "/history").json().path("changes");
        assertThat(reporting.findValuesAsText("change")).containsExactly("HIRED", "TRANSFERRED", "TERMINATED");
        assertThat(reporting.toString()).doesNotContain("monthlySalary").doesNotContain("3000.00");
        assertThat(api.get("hr", "/api/v1/employees/" + java.util.UUID.randomUUID() + "/history").status()).isEqualTo(404);
    }
}
