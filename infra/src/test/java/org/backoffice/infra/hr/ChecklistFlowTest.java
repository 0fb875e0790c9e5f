package org.backoffice.infra.hr;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.ApiTest;
import org.backoffice.infra.support.Hr;
import org.backoffice.infra.support.It;
import org.backoffice.infra.support.Ledger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Onboarding and offboarding checklists through REST against real PostgreSQL. */
class ChecklistFlowTest extends ApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private Hr hr;
    private It it;

    @BeforeEach
    void setUp() {
        hr = new Hr(api);
        it = new It(api);
    }

    private JsonNode checklist(String employee, String kind) {
        JsonNode all = eventually(() -> api.get("hr", "/api/v1/employees/" + employee + "/checklists").json(),
                list -> list.findValuesAsText("kind").contains(kind));
        for (JsonNode c : all) {
            if (c.path("kind").asText().equals(kind)) {
                return c;
            }
        }
        throw new AssertionError(kind);
    }

    private static JsonNode task(JsonNode checklist, String key) {
        for (JsonNode t : checklist.path("tasks")) {
            if (t.path("key").asText().equals(key)) {
                return t;
            }
        }
        throw new AssertionError("no task " + key + " in " + checklist);
    }

    private Api.Response complete(String user, String checklistId, String key, String note) {
        return api.post(user, "/api/v1/checklists/" + checklistId + "/tasks/" + key + "/completion",
                note == null ? "{}" : "{\"note\": \"" + note + "\"}");
    }

    @Test
    void aHireOpensTheOnboardingChecklistWhoseTasksEachDepartmentSeesWithTheirDueDates() {
        LocalDate start = TODAY.plusDays(10);
        String ada = hr.hire("Ada", "Onboard", unique("Dev"), start, "4000.00");

        JsonNode onboarding = checklist(ada, "ONBOARDING");

        assertThat(onboarding.path("referenceDate").asText()).isEqualTo(start.toString());
        assertThat(onboarding.path("done").asBoolean()).isFalse();
        assertThat(onboarding.path("tasks").findValuesAsText("department")).contains("HR", "ACCOUNTING", "IT");
        assertThat(onboarding.path("openTasks").asInt()).isEqualTo(onboarding.path("tasks").size()).isPositive();
        JsonNode contract = task(onboarding, "employment-contract");
        assertThat(contract.path("dueDate").asText()).as("14 days before the start").isEqualTo(start.minusDays(14).toString());
        assertThat(contract.path("overdue").asBoolean()).as("due 4 days ago").isTrue();
        assertThat(contract.path("ownerRole").asText()).isEqualTo("HR");
        assertThat(task(onboarding, "equipment").path("overdue").asBoolean()).isFalse();
        // The template is recorded with the checklist: a change of the settings does not change it.
        String opened = jdbc.queryForObject("select convert_from(payload, 'UTF8') from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like '%ChecklistOpenedEvent'", String.class, onboarding.path("id").asText());
        assertThat(opened).contains("\"title\":\"Employment contract signed and filed (NachwG)\"", "\"dueDays\":-14");

        JsonNode itTasks = api.get("it", "/api/v1/checklist-tasks?department=IT&open=true&employeeId=" + ada).json();
        assertThat(itTasks.path("items").findValuesAsText("key")).containsExactly("equipment", "accounts");
        assertThat(itTasks.path("items").findValuesAsText("employeeName")).containsOnly("Ada Onboard");
        JsonNode allIt = api.get("it", "/api/v1/checklist-tasks?department=IT&open=true&size=500").json();
        assertThat(allIt.path("items").findValuesAsText("department")).containsOnly("IT");
        assertThat(api.get("accounting", "/api/v1/checklists/" + onboarding.path("id").asText()).status()).isEqualTo(200);
        assertThat(api.get("reporting", "/api/v1/employees/" + ada + "/checklists").status()).isEqualTo(403);
        assertThat(api.get("hr", "/api/v1/checklists/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(api.get("hr", "/api/v1/employees/" + java.util.UUID.randomUUID() + "/checklists").status()).isEqualTo(404);
        assertThat(api.get("hr", "/api/v1/checklist-tasks?department=SALES").status()).isEqualTo(400);
    }

    @Test
    void onlyTheOwnerRoleOrAnAdminCompletesATaskOnceWithItsNote() {
        String alan = hr.hire("Alan", "Tasks", unique("Dev"), TODAY.plusDays(3), "4000.00");
        String id = checklist(alan, "ONBOARDING").path("id").asText();
        Instant beforeDone = Instant.now();

        Api.Response wrongRole = complete("it", id, "employment-contract", "not mine");
        assertThat(wrongRole.status()).isEqualTo(403);
        assertThat(wrongRole.contentType()).startsWith("application/problem+json");
        assertThat(wrongRole.text("type")).endsWith("/forbidden");
        assertThat(wrongRole.text("detail")).contains("belongs to HR");
        assertThat(storedBy(wrongRole)).as("nothing stored").isZero();
        assertThat(complete("reporting", id, "employment-contract", null).status()).isEqualTo(403);

        Api.Response done = complete("hr", id, "employment-contract", "signed on paper");
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        Api.Response again = complete("hr", id, "employment-contract", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(storedBy(again)).isZero();
        assertThat(complete("hr", id, "no-such-task", null).status()).isEqualTo(404);
        assertThat(complete("hr", java.util.UUID.randomUUID().toString(), "employment-contract", null).status()).isEqualTo(404);
        assertThat(complete("admin", id, "equipment", null).status()).as("ADMIN may complete any task").isEqualTo(200);
        assertThat(complete("hr", id, "accounts", "x".repeat(2001)).status()).isEqualTo(400);

        JsonNode contract = eventually(() -> task(checklist(alan, "ONBOARDING"), "employment-contract"), t -> t.path("done").asBoolean());
        assertThat(contract.path("completedBy").asText()).isEqualTo("hr");
        assertThat(contract.path("note").asText()).isEqualTo("signed on paper");
        assertThat(storedNotes(id)).as("the note is sealed").doesNotContain("signed on paper");
        JsonNode before = api.get("hr", "/api/v1/checklists/" + id + "?asOf=" + beforeDone).json();
        assertThat(task(before, "employment-contract").path("done").asBoolean()).as("as of before it was done").isFalse();
        JsonNode open = api.get("hr", "/api/v1/checklist-tasks?department=HR&open=true&employeeId=" + alan).json();
        assertThat(open.path("items").findValuesAsText("key")).doesNotContain("employment-contract").isNotEmpty();
    }

    private String storedNotes(String checklistId) {
        return jdbc.queryForObject("select string_agg(convert_from(payload, 'UTF8'), ' ') from domain_event_entry "
                + "where aggregate_identifier = ? and payload_type like '%ChecklistTaskCompletedEvent'", String.class, checklistId);
    }

    @Test
    void theOffboardingChecklistClosesItselfWhereItCanAndIsDoneWithItsLastTask() {
        // A last day in a month no other test pays, so that its payroll run is this test's.
        LocalDate lastDay = LocalDate.of(2021, 3, 15);
        String grace = hr.hire("Grace", "Leaver", unique("Dev"), LocalDate.of(2020, 1, 1), "3000.00");
        String laptop = it.register("LAPTOP", "ThinkPad X1");
        assertThat(it.assign(laptop, grace).status()).isEqualTo(200);
        Api.Response licence = api.post("it", "/api/v1/licences", "{\"product\": \"" + unique("Office") + "\", \"seats\": 2, "
                + "\"costPerPeriod\": {\"amount\": \"12.00\", \"currency\": \"EUR\"}, \"billingPeriod\": \"MONTHLY\", "
                + "\"renewalDate\": \"" + TODAY.plusYears(1) + "\"}");
        assertThat(api.post("it", "/api/v1/licences/" + licence.text("id") + "/seat-assignments",
                "{\"employeeId\": \"" + grace + "\"}").status()).isEqualTo(200);
        eventually(() -> api.get("hr", "/api/v1/employees/" + grace + "/holdings").json(), h -> h.path("holds").size() == 2);

        hr.terminate(grace, lastDay);

        JsonNode offboarding = eventually(() -> checklist(grace, "OFFBOARDING"),
                c -> List.of("devices-returned", "licences-released", "numbers-released", "untaken-leave").stream()
                        .allMatch(k -> task(c, k).path("done").asBoolean()));
        assertThat(task(offboarding, "devices-returned").path("completedAutomatically").asText()).isEqualTo("DEVICES_RETURNED");
        assertThat(task(offboarding, "devices-returned").has("completedBy")).isFalse();
        assertThat(task(offboarding, "licences-released").path("completedAutomatically").asText()).isEqualTo("LICENCES_RELEASED");
        assertThat(task(offboarding, "numbers-released").path("completedAutomatically").asText())
                .as("she held no number: done when it opened").isEqualTo("NUMBERS_RELEASED");
        assertThat(task(offboarding, "final-pay").path("done").asBoolean()).isFalse();
        assertThat(task(offboarding, "untaken-leave").path("completedAutomatically").asText())
                .as("her leave account was settled as the termination took effect").isEqualTo("UNTAKEN_LEAVE_SETTLED");
        assertThat(task(offboarding, "exit-interview").path("dueDate").asText()).isEqualTo(lastDay.minusDays(5).toString());
        String id = offboarding.path("id").asText();
        Api.Response byHandAgain = complete("it", id, "devices-returned", null);
        assertThat(byHandAgain.status()).as("done by itself: not again by hand").isEqualTo(409);

        // The final pay: the payroll of the month of the last day, paid.
        Ledger ledger = new Ledger(api);
        String bank = ledger.openBank(unique("1000"), "100000000.00");
        String salaries = ledger.open(unique("6400"), "EXPENSE", null);
        Api.Response run = api.post("accounting", "/api/v1/payroll-runs", "{\"period\": \"2021-03\", \"bankAccountId\": \"" + bank
                + "\", \"salaryExpenseAccountId\": \"" + salaries + "\"}");
        assertThat(run.status()).as(run.toString()).isEqualTo(202);
        JsonNode paid = eventually(() -> checklist(grace, "OFFBOARDING"), c -> task(c, "final-pay").path("done").asBoolean());
        assertThat(task(paid, "final-pay").path("completedAutomatically").asText()).isEqualTo("FINAL_PAY_SETTLED");

        for (JsonNode t : paid.path("tasks")) {
            if (!t.path("done").asBoolean()) {
                String user = t.path("ownerRole").asText().toLowerCase();
                Api.Response r = complete(user, id, t.path("key").asText(), null);
                assertThat(r.status()).as(t.path("key").asText() + ": " + r).isEqualTo(200);
            }
        }
        JsonNode done = eventually(() -> api.get("hr", "/api/v1/checklists/" + id).json(), c -> c.path("done").asBoolean());
        assertThat(done.path("openTasks").asInt()).isZero();
        assertThat(done.path("completedAt").asText()).isNotEmpty();
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like '%ChecklistCompletedEvent'", Long.class, id)).isEqualTo(1);
        assertThat(api.get("hr", "/api/v1/checklist-tasks?open=true&employeeId=" + grace).json().path("items").findValuesAsText("kind"))
                .doesNotContain("OFFBOARDING");
    }
}
