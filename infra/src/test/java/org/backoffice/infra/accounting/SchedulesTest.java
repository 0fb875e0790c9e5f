package org.backoffice.infra.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.command.accounting.payroll.PayrollCommands;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.Hr;
import org.backoffice.infra.support.Ledger;
import org.backoffice.infra.support.MutableClock;
import org.backoffice.infra.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Payments that run by themselves, once: the monthly payroll and a supplier's standing order. A
 * clock moved past the day pays the month; checks after that pay nothing more; a cancelled order
 * pays nothing; the server down across the next payday pays that month when it returns, once,
 * also when two instances return at the same time.
 */
class SchedulesTest {

    private static final UUID BANK = UUID.randomUUID();
    private static final UUID SALARIES = UUID.randomUUID();
    private static final UUID SUPPLIER = UUID.randomUUID();

    private static long supplierPayments(JdbcTemplate jdbc, UUID account) {
        Long n = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like '%.AccountDebitedEvent'", Long.class, account.toString());
        return n == null ? 0 : n;
    }

    private static String order(String id, UUID supplier, UUID bank, String start, String end) {
        return "{" + (id == null ? "" : "\"id\": \"" + id + "\", ") + "\"supplierAccountId\": \"" + supplier
                + "\", \"bankAccountId\": \"" + bank + "\", \"amount\": {\"amount\": \"400.00\", \"currency\": \"EUR\"}, "
                + "\"dayOfMonth\": 20, \"startMonth\": \"" + start + "\""
                + (end == null ? "" : ", \"endMonth\": \"" + end + "\"") + ", \"reference\": \"Rent\"}";
    }

    private static String[] schedule() {
        return new String[] {"--backoffice.payroll.day-of-month=25", "--backoffice.payroll.bank-account-id=" + BANK,
                "--backoffice.payroll.salary-expense-account-id=" + SALARIES, "--backoffice.schedules.check-interval=300ms"};
    }

    private static long runsOf(JdbcTemplate jdbc, YearMonth period) {
        Long n = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like '%.PayrollRunStartedEvent'", Long.class, PayrollCommands.runIdOf(period).toString());
        return n == null ? 0 : n;
    }

    private static long payrollTransactions(JdbcTemplate jdbc) {
        Long n = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like '%.AccountDebitedEvent'", Long.class, SALARIES.toString());
        return n == null ? 0 : n;
    }

    @Test
    void thePayrollRunsOnItsDayOnceAndCatchesUpAfterADowntimeOnce() throws Exception {
        String url = TestDatabase.freshDatabase("backoffice_payroll_schedule");
        MutableClock clock = new MutableClock(LocalDate.of(2026, 3, 10));
        JdbcTemplate jdbc;
        try (ConfigurableApplicationContext app = TestDatabase.startApplication(url, clock, schedule())) {
            jdbc = new JdbcTemplate(TestDatabase.owner(url));
            Api api = TestDatabase.api(app);
            // The configured accounts do not exist yet: checks before they do start nothing.
            assertThat(api.post("accounting", "/api/v1/accounts", "{\"id\": \"" + BANK + "\", \"number\": \"1000\", "
                    + "\"name\": \"Bank\", \"type\": \"ASSET\", \"currency\": \"EUR\", \"overdraftLimit\": "
                    + "{\"amount\": \"100000.00\", \"currency\": \"EUR\"}}").status()).isEqualTo(201);
            assertThat(api.post("accounting", "/api/v1/accounts", "{\"id\": \"" + SALARIES + "\", \"number\": \"6400\", "
                    + "\"name\": \"Salaries\", \"type\": \"EXPENSE\", \"currency\": \"EUR\"}").status()).isEqualTo(201);
            new Hr(api).hire("Pay", "Day", "Schedules", LocalDate.of(2026, 1, 1), "3100.00");
            assertThat(api.post("accounting", "/api/v1/accounts", "{\"id\": \"" + SUPPLIER + "\", \"number\": \"4400\", "
                    + "\"name\": \"Landlord\", \"type\": \"LIABILITY\", \"currency\": \"EUR\", \"party\": {\"kind\": "
                    + "\"SUPPLIER\", \"id\": \"" + UUID.randomUUID() + "\", \"name\": \"Landlord Ltd\"}}").status()).isEqualTo(201);
            // Refused: a month gone by, accounts that cannot pay a supplier, an end before the start.
            Api.Response past = api.post("accounting", "/api/v1/standing-orders", order(null, SUPPLIER, BANK, "2026-02", null));
            assertThat(past.status()).as(past.toString()).isEqualTo(400);
            assertThat(past.body()).contains("startMonth");
            assertThat(api.post("accounting", "/api/v1/standing-orders", order(null, SALARIES, BANK, "2026-03", null))
                    .status()).isEqualTo(422);
            assertThat(api.post("accounting", "/api/v1/standing-orders", order(null, SUPPLIER, BANK, "2026-05", "2026-04"))
                    .status()).isEqualTo(422);
            String rent = UUID.randomUUID().toString();
            assertThat(api.post("accounting", "/api/v1/standing-orders", order(rent, SUPPLIER, BANK, "2026-03", null))
                    .status()).isEqualTo(201);
            assertThat(api.post("accounting", "/api/v1/standing-orders", order(rent, SUPPLIER, BANK, "2026-03", null))
                    .status()).as("the same create again").isEqualTo(201);
            assertThat(api.post("accounting", "/api/v1/standing-orders", order(rent, SUPPLIER, BANK, "2026-04", null))
                    .status()).as("the same id, other details").isEqualTo(409);
            assertThat(api.post("accounting", "/api/v1/standing-orders", order(null, SUPPLIER, BANK, "2026-03", null)
                    .replace("400.00", "0.00")).status()).as("nothing to pay").isEqualTo(400);
            String cancelled = api.post("accounting", "/api/v1/standing-orders", order(null, SUPPLIER, BANK, "2026-03", null))
                    .text("id");
            assertThat(api.post("accounting", "/api/v1/standing-orders/" + cancelled + "/cancellation", "").status())
                    .isEqualTo(200);
            assertThat(api.post("accounting", "/api/v1/standing-orders/" + cancelled + "/cancellation", "").status())
                    .isEqualTo(409);

            Thread.sleep(1500); // several checks before the payday
            assertThat(runsOf(jdbc, YearMonth.of(2026, 3))).as("before the payday").isZero();
            assertThat(supplierPayments(jdbc, SUPPLIER)).as("before the order's day").isZero();
            assertThat(api.get("accounting", "/api/v1/payroll-runs/2026-03").status()).isEqualTo(404);

            clock.set(LocalDate.of(2026, 3, 25));
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                    .until(() -> runsOf(jdbc, YearMonth.of(2026, 3)), n -> n == 1);
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                    .until(() -> api.get("accounting", "/api/v1/payroll-runs/2026-03").json().path("status").asText(),
                            "COMPLETED"::equals);
            clock.set(LocalDate.of(2026, 3, 28));
            Thread.sleep(1500); // several checks after it
            assertThat(runsOf(jdbc, YearMonth.of(2026, 3))).as("the March run, once").isEqualTo(1);
            assertThat(payrollTransactions(jdbc)).as("one salary paid").isEqualTo(1);
            assertThat(new Ledger(api).balance(SALARIES.toString())).isEqualTo("3100.00");
            // The trail of the salary's posting starts at the schedule, not at a user's request.
            JsonNode posting = await().atMost(Duration.ofSeconds(10)).until(() -> api.get("auditor", "/api/v1/audit/trail/"
                    + jdbc.queryForObject("select global_index from domain_event_entry where payload_type like "
                    + "'%.TransactionPostedEvent' and convert_from(payload, 'UTF8') like '%Payroll 2026-03%'", Long.class)),
                    r -> r.status() == 200).json();
            assertThat(posting.path("origin").asText()).isEqualTo("SCHEDULE");
            assertThat(posting.path("causes").path(0).path("type").asText()).isEqualTo("PayrollRunStartedEvent");
            assertThat(posting.path("causes").path(0).path("metadata").path("user").asText()).isEqualTo("system");
            assertThat(supplierPayments(jdbc, SUPPLIER)).as("March's rent once, the cancelled order never").isEqualTo(1);
            JsonNode orders = await().atMost(Duration.ofSeconds(10)).until(
                    () -> api.get("reporting", "/api/v1/standing-orders?status=ACTIVE").json(),
                    o -> o.path("items").path(0).path("executions").size() == 1);
            assertThat(orders.path("total").asInt()).isEqualTo(1);
            assertThat(orders.path("items").path(0).path("executions").path(0).path("month").asText()).isEqualTo("2026-03");
            assertThat(orders.path("items").path(0).path("executions").path(0).path("status").asText()).isEqualTo("COMPLETED");
        }

        // Down over April's payday, and into May; two instances return on 3 May.
        clock.set(LocalDate.of(2026, 5, 3));
        try (ConfigurableApplicationContext one = TestDatabase.startApplication(url, clock, schedule());
             ConfigurableApplicationContext two = TestDatabase.startApplication(url, clock, schedule())) {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> runsOf(jdbc, YearMonth.of(2026, 4)), n -> n == 1);
            Thread.sleep(2000);
            assertThat(runsOf(jdbc, YearMonth.of(2026, 4))).as("April caught up once").isEqualTo(1);
            assertThat(runsOf(jdbc, YearMonth.of(2026, 5))).as("May's payday has not come").isZero();
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                    .until(() -> payrollTransactions(jdbc), n -> n == 2);
            assertThat(TestDatabase.api(two).get("accounting", "/api/v1/payroll-runs/2026-04").status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                    .until(() -> supplierPayments(jdbc, SUPPLIER), n -> n == 2);
            Thread.sleep(1000);
            assertThat(supplierPayments(jdbc, SUPPLIER)).as("April's rent caught up once, May's day not come").isEqualTo(2);
        }
        assertThat(runsOf(jdbc, YearMonth.of(2026, 3))).isEqualTo(1);
        assertThat(payrollTransactions(jdbc)).as("two salaries in all").isEqualTo(2);
    }
}
