package org.backoffice.infra.sample;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.MutableClock;
import org.backoffice.infra.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sample company (backoffice.sample-company=true) on fresh databases, on 20 January 2026 (a
 * history of one year, 2025, the shortest there is): the departments hold a plausible company, made
 * as the demo users; a second start with the flag on that store fails and adds nothing; the same
 * seed on another fresh database gives the same company.
 */
class SampleCompanyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 20);

    private static ConfigurableApplicationContext start(String url, String seed) {
        return TestDatabase.startApplication(url, new MutableClock(TODAY), "--backoffice.sample-company=true",
                "--backoffice.sample-company-seed=" + seed);
    }

    @Test
    void aFreshStoreGetsAPlausibleCompanyTheSameForTheSameSeedAndAStoreWithEventsIsRefused() {
        String first = TestDatabase.freshDatabase("sample_first");
        String company;
        long events;
        try (ConfigurableApplicationContext app = start(first, "7")) {
            Api api = TestDatabase.api(app);
            plausible(api);
            company = businessData(api);
            events = app.getBean(JdbcTemplate.class).queryForObject("select count(*) from domain_event_entry", Long.class);
        }

        assertThatThrownBy(() -> start(first, "7")).hasStackTraceContaining("the event store already holds " + events + " events");
        assertThat(new JdbcTemplate(TestDatabase.owner(first)).queryForObject("select count(*) from domain_event_entry", Long.class))
                .as("the refused start added nothing").isEqualTo(events);

        try (ConfigurableApplicationContext app = start(TestDatabase.freshDatabase("sample_second"), "7")) {
            assertThat(businessData(TestDatabase.api(app))).isEqualTo(company);
        }
    }

    /** What a newcomer looks at, department by department. */
    private static void plausible(Api api) {
        JsonNode headcount = api.get("hr", "/api/v1/reports/headcount").json();
        assertThat(headcount.path("total").asInt()).isBetween(20, 30);
        assertThat(headcount.path("byDepartment").size()).isBetween(4, 5);
        assertThat(api.get("hr", "/api/v1/positions?status=OPEN").json().path("total").asInt()).isPositive();
        JsonNode employees = api.get("hr", "/api/v1/employees?size=100").json();
        List<String> leavers = new ArrayList<>();
        for (JsonNode e : employees.path("items")) {
            if (e.path("status").asText().equals("TERMINATED")) {
                leavers.add(e.path("id").asText());
            }
        }
        assertThat(leavers).as("two leavers").hasSize(2);
        for (String leaver : leavers) {
            JsonNode holdings = api.get("hr", "/api/v1/employees/" + leaver + "/holdings").json();
            assertThat(holdings.path("holds").size()).as("everything came back").isZero();
            assertThat(holdings.path("offboarding").size()).isPositive();
            // As of now: the checklists were opened now, after the application's day (its Clock is set back).
            JsonNode checklists = api.get("hr", "/api/v1/employees/" + leaver + "/checklists?asOf="
                    + java.time.Instant.now().plusSeconds(60)).json();
            assertThat(checklists.toString()).contains("\"key\":\"final-pay\"");
            for (JsonNode list : checklists) {
                for (JsonNode task : list.path("tasks")) {
                    if (task.path("key").asText().equals("final-pay")) {
                        assertThat(task.path("done").asBoolean()).as("the final pay was made").isTrue();
                    }
                }
            }
            JsonNode history = api.get("hr", "/api/v1/employees/" + leaver + "/history").json();
            assertThat(history.toString()).contains("TERMINATED");
        }
        assertThat(api.get("auditor", "/api/v1/audit/events?eventType=EmployeeTransferredEvent&user=hr&limit=100").json()
                .path("events").size()).as("transfers, sent as the demo user hr").isPositive();
        assertThat(api.get("auditor", "/api/v1/audit/events?eventType=SalaryChangedEvent&limit=100").json().path("events").size())
                .isPositive();
        assertThat(api.get("auditor", "/api/v1/audit/events?eventType=PerformanceReviewRecordedEvent&limit=100").json()
                .path("events").size()).as("a review round").isGreaterThan(10);
        assertThat(api.get("auditor", "/api/v1/audit/events?eventType=DisciplinaryActionRecordedEvent&limit=100").json()
                .path("events").size()).isPositive();
        assertThat(api.get("hr", "/api/v1/conflicts").json().path("total").asInt()).isEqualTo(2);
        assertThat(api.get("hr", "/api/v1/leave?size=500").json().path("total").asInt()).isGreaterThan(20);

        Set<String> stages = new TreeSet<>();
        for (JsonNode position : api.get("hr", "/api/v1/positions?size=100").json().path("items")) {
            for (JsonNode a : api.get("hr", "/api/v1/positions/" + position.path("id").asText() + "/applicants").json().path("items")) {
                stages.add(a.path("stage").asText());
            }
        }
        assertThat(stages).containsExactlyInAnyOrder("APPLIED", "INTERVIEW", "OFFER", "HIRED", "REJECTED", "WITHDRAWN");

        for (int month = 1; month <= 12; month++) {
            JsonNode run = api.get("accounting", "/api/v1/payroll-runs/2025-%02d".formatted(month)).json();
            assertThat(run.path("status").asText()).as("payroll 2025-%02d", month).isEqualTo("COMPLETED");
            assertThat(run.path("employees").asInt()).isBetween(20, 30);
        }
        JsonNode trial = api.get("reporting", "/api/v1/reports/trial-balance?from=2025-01-01&to=2025-12-31").json();
        assertThat(trial.path("balanced").asBoolean()).isTrue();
        assertThat(trial.toString()).contains("\"number\":\"8400\"", "\"number\":\"4100\"", "\"number\":\"4830\"");
        assertThat(api.get("reporting", "/api/v1/reports/aging?asOf=" + TODAY).json().path("partners").size()).isPositive();
        JsonNode statements = api.get("reporting", "/api/v1/bank-statements").json().path("items");
        assertThat(statements.size()).isEqualTo(1);
        JsonNode statement = api.get("reporting", "/api/v1/bank-statements/" + statements.path(0).path("id").asText()).json();
        String byReference = null;
        for (JsonNode line : statement.path("lines")) {
            assertThat(line.path("status").asText()).as(line.toString()).isNotEqualTo("UNMATCHED");
            if (line.path("how").asText().equals("CUSTOMER_REFERENCE")) {
                byReference = line.path("partnerId").asText();
            }
        }
        assertThat(byReference).as("a statement entry paid an invoice by its reference").isNotNull();
        JsonNode items = api.get("reporting", "/api/v1/partners/" + byReference + "/open-items?asOf=" + TODAY + "&status=ALL").json();
        assertThat(items.toString()).contains("\"status\":\"SETTLED\"");
        JsonNode reconciliation = api.get("reporting", "/api/v1/reports/bank-reconciliation?accountId="
                + statement.path("accountId").asText() + "&date=2025-12-31").json();
        assertThat(reconciliation.path("agrees").asBoolean()).as(reconciliation.toString()).isTrue();
        assertThat(api.get("accounting", "/api/v1/payment-runs").json().path("total").asInt()).isEqualTo(1);
        JsonNode year = api.get("reporting", "/api/v1/fiscal-years/2025").json();
        int closed = 0;
        for (JsonNode period : year.path("periods")) {
            closed += period.path("status").asText().equals("CLOSED") ? 1 : 0;
        }
        assertThat(closed).as("the months before the last two are closed").isEqualTo(10);

        JsonNode inventory = api.get("reporting", "/api/v1/reports/inventory").json();
        assertThat(inventory.path("total").asInt()).isGreaterThan(50);
        assertThat(inventory.path("numbers").asInt()).isGreaterThan(20);
        assertThat(inventory.path("addresses").asInt()).isGreaterThan(20);
        assertThat(inventory.path("licenceSeats").path("assigned").asInt()).isGreaterThan(20);
        assertThat(api.get("reporting", "/api/v1/fixed-assets").json().path("page").path("total").asInt()).isPositive();
        assertThat(api.get("reporting", "/api/v1/depreciation-runs").json().path("runs").size()).isPositive();
        assertThat(api.get("it", "/api/v1/purchase-orders").json().path("total").asInt()).isPositive();
        assertThat(api.get("it", "/api/v1/maintenance-plans").json().path("plans").size()).isPositive();
    }

    /** The company without its ids and instants: who works where for what, the books, the open items, the devices. */
    private static String businessData(Api api) {
        StringBuilder b = new StringBuilder();
        for (JsonNode e : api.get("hr", "/api/v1/employees?size=100").json().path("items")) {
            b.append(e.path("firstName").asText()).append(' ').append(e.path("lastName").asText()).append(' ')
                    .append(e.path("department").asText()).append(' ').append(e.path("jobTitle").asText()).append(' ')
                    .append(e.path("startDate").asText()).append(' ').append(e.path("status").asText()).append(' ')
                    .append(e.path("monthlySalary").path("amount").asText()).append('\n');
        }
        for (JsonNode a : api.get("reporting", "/api/v1/reports/trial-balance").json().path("accounts")) {
            b.append(a.path("number").asText()).append(' ').append(a.path("name").asText()).append(' ')
                    .append(a.path("debits").path("amount").asText()).append(' ').append(a.path("credits").path("amount").asText())
                    .append('\n');
        }
        for (JsonNode p : api.get("reporting", "/api/v1/reports/aging?asOf=" + TODAY).json().path("partners")) {
            b.append(p.path("name").asText()).append(' ').append(p.path("amounts").toString()).append('\n');
        }
        b.append(api.get("reporting", "/api/v1/reports/inventory").json().toString()).append('\n');
        b.append(api.get("hr", "/api/v1/reports/headcount/trend?from=2025-01&to=2026-01").body()).append('\n');
        return b.toString();
    }
}
