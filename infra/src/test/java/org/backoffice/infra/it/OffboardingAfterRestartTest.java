package org.backoffice.infra.it;

import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.Hr;
import org.backoffice.infra.support.It;
import org.backoffice.infra.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A termination dated in the future is a durable deadline: the application is stopped before the
 * day comes, the day passes while it is down, and after the restart the devices come back.
 */
class OffboardingAfterRestartTest {

    @Test
    void aFutureTerminationTakesEffectAfterARestart() {
        String url = TestDatabase.freshDatabase("backoffice_offboarding_restart");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String ken;
        String laptop;
        try (ConfigurableApplicationContext first = TestDatabase.startApplication(url)) {
            Api api = TestDatabase.api(first);
            ken = new Hr(api).hire("Ken", "Thompson", "Dev", today.minusYears(2), "5000.00");
            It it = new It(api);
            laptop = it.register("LAPTOP", "X1");
            assertThat(it.assign(laptop, ken).status()).isEqualTo(200);
            new Hr(api).terminate(ken, today.plusDays(3));
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where execution_time > now() and task_name not like 'backoffice-%'", Long.class))
                    .as("the deadline waits in PostgreSQL").isEqualTo(1L);
            await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> it.status(laptop).equals("ASSIGNED"));
        }

        // The day comes while the application is down.
        new JdbcTemplate(TestDatabase.owner(url)).update("update scheduled_tasks set execution_time = now() - interval '1 minute' where task_name not like 'backoffice-%'");

        try (ConfigurableApplicationContext second = TestDatabase.startApplication(url)) {
            It it = new It(TestDatabase.api(second));
            await().atMost(Duration.ofSeconds(30)).until(() -> it.status(laptop).equals("IN_STOCK"));
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                    + "and payload_type like '%AssetReturnedEvent' and convert_from(payload, 'UTF8') like '%OFFBOARDING%'",
                    Long.class, laptop)).isEqualTo(1L);
            assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                    + "and payload_type like '%EmployeeLeftEvent'", Long.class, ken)).isEqualTo(1L);
            assertThat(it.assign(laptop, ken).status()).isEqualTo(422);
        }
    }
}
