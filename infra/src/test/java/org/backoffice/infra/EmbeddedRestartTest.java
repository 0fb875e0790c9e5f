package org.backoffice.infra;

import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.Ledger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The application as a user first runs it: no database configured, so it starts its embedded
 * PostgreSQL in backoffice.data-dir and creates demo users; stopped and started again on the same
 * directory, every event and read model is still there and nothing is counted twice.
 */
class EmbeddedRestartTest {

    private static ConfigurableApplicationContext start(Path dataDir) {
        // Command-line arguments, as a user would pass them: they override application.yml.
        return new SpringApplicationBuilder(BackofficeApplication.class)
                .run("--server.port=0", "--backoffice.data-dir=" + dataDir, "--logging.level.root=warn");
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private static String password(Path dataDir, String user) throws Exception {
        return Files.readAllLines(dataDir.resolve("demo-users.txt")).stream()
                .map(line -> line.split(" "))
                .filter(parts -> parts[0].equals(user))
                .map(parts -> parts[1]).findFirst().orElseThrow();
    }

    @Test
    void aRestartOnTheSameDataDirectoryFindsEverythingStillThere(@TempDir Path dataDir) throws Exception {
        String bank;
        String revenue;
        long events;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            Path demoUsers = dataDir.resolve("demo-users.txt");
            assertThat(Files.getPosixFilePermissions(demoUsers)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.isDirectory(dataDir.resolve("postgres"))).isTrue();
            DemoApi api = new DemoApi(new Api(port(first)), password(dataDir, "accounting"));
            bank = api.open("{\"number\": \"1000\", \"name\": \"Bank\", \"type\": \"ASSET\", \"currency\": \"EUR\"}");
            revenue = api.open("{\"number\": \"4000\", \"name\": \"Sales\", \"type\": \"REVENUE\", \"currency\": \"EUR\"}");
            assertThat(api.post("/api/v1/transactions", Ledger.transaction(null, "TRANSFER", bank, revenue, "70.00", "cash sale"))
                    .text("status")).isEqualTo("COMPLETED");
            await().atMost(Duration.ofSeconds(10)).until(() -> api.balance(bank).equals("70.00"));
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
            // The application does not own its schema: PostgreSQL refuses it any change to an event.
            assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("backoffice_app");
            // An acknowledged command survives a crash of the machine: nothing trades durability for speed.
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                assertThat(jdbc.queryForObject("show " + setting, String.class)).as(setting).isEqualTo("on");
            }
            assertThatThrownBy(() -> jdbc.update("delete from domain_event_entry")).hasStackTraceContaining("permission denied");
            // No transaction of the application outlives the bound that keeps late commits from being skipped.
            assertThat(jdbc.queryForObject("show transaction_timeout", String.class)).isEqualTo("1min");
        }

        try (ConfigurableApplicationContext second = start(dataDir)) {
            DemoApi api = new DemoApi(new Api(port(second)), password(dataDir, "accounting"));
            assertThat(second.getBean(JdbcTemplate.class).queryForObject("select count(*) from domain_event_entry", Long.class))
                    .isEqualTo(events);
            assertThat(api.balance(bank)).isEqualTo("70.00");
            assertThat(api.post("/api/v1/transactions", Ledger.transaction(null, "TRANSFER", bank, revenue, "5.00", "after restart"))
                    .text("status")).isEqualTo("COMPLETED");
            await().atMost(Duration.ofSeconds(10)).until(() -> api.balance(bank).equals("75.00"));
            assertThat(api.balance(revenue)).isEqualTo("75.00");
            List<String> balances = List.of(api.balance(bank), api.balance(revenue));
            Thread.sleep(500);
            assertThat(List.of(api.balance(bank), api.balance(revenue))).as("no event counted twice").isEqualTo(balances);
        }
    }

    private record DemoApi(Api api, String password) {
        Api.Response post(String path, String body) {
            return api.send("accounting", password, "POST", path, body, "application/json");
        }

        String open(String body) {
            Api.Response r = post("/api/v1/accounts", body);
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            return r.text("id");
        }

        String balance(String id) {
            Api.Response r = api.send("accounting", password, "GET", "/api/v1/accounts/" + id, null, null);
            return r.status() == 200 ? r.json().path("balance").path("amount").asText() : "";
        }
    }
}
