package org.backoffice.infra.schedules;

import org.backoffice.command.payroll.PayrollCommands;
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
 * The monthly payroll runs by itself on its day, once: a clock moved past the payday starts the
 * period's run, checks after that start nothing more; the server down across the next payday
 * catches that period up when it returns, once, also when two instances return at the same time.
 */
class PayrollScheduleTest {

    private static final UUID BANK = UUID.randomUUID();
    private static final UUID SALARIES = UUID.randomUUID();

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
                + "and payload_type like '%.AccountCreditedEvent'", Long.class, BANK.toString());
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

            Thread.sleep(1500); // several checks before the payday
            assertThat(runsOf(jdbc, YearMonth.of(2026, 3))).as("before the payday").isZero();
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
        }
        assertThat(runsOf(jdbc, YearMonth.of(2026, 3))).isEqualTo(1);
        assertThat(payrollTransactions(jdbc)).as("two salaries in all").isEqualTo(2);
    }
}
