package org.backoffice.infra.reliability;

import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.EventTable;
import org.backoffice.infra.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A writer whose transaction commits after later events were processed, later than the gap
 * timeout: the known way a streaming processor on a JDBC event store skips an event. The
 * processor meets the hole the writer's position leaves; once an event after the hole is older
 * than the gap timeout (as a processor that is catching up sees it; here that event is written
 * with an old time stamp), it gives the hole up as rolled back, and a commit after that never
 * reaches the read model.
 *
 * The fix is a bound on every transaction of the application, enforced by PostgreSQL
 * (transaction_timeout, set on each of the application's connections), below half the gap
 * timeout: such a writer is ended by PostgreSQL and stores nothing. Scaled down here: gap timeout
 * 3 s, transaction bound 1 s.
 */
class LateCommitTest {

    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration TRANSACTION_BOUND = Duration.ofSeconds(1);

    private static ConfigurableApplicationContext app;
    private static JdbcTemplate jdbc;
    private static String url;
    private static Api api;

    @BeforeAll
    static void start() {
        url = TestDatabase.freshDatabase("backoffice_late_commit");
        app = TestDatabase.startApplication(url, "--backoffice.events.gap-timeout=" + GAP_TIMEOUT.toSeconds() + "s",
                "--backoffice.database.transaction-timeout=" + TRANSACTION_BOUND.toSeconds() + "s");
        jdbc = app.getBean(JdbcTemplate.class);
        api = TestDatabase.api(app);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void everyConnectionOfTheApplicationIsBounded() {
        assertThat(jdbc.queryForObject("show transaction_timeout", String.class)).isEqualTo("1s");
    }

    @Test
    void withTheBoundALateWriterIsEndedByPostgresAndStoresNothing() throws Exception {
        try (Connection writer = app.getBean(DataSource.class).getConnection()) {
            LateWriter late = LateWriter.begin(writer);
            String later = eventAfterTheHoleThatIsAlreadyOld();
            awaitInReadModel(later);
            Thread.sleep(TRANSACTION_BOUND.toMillis() + 300);
            assertThatThrownBy(late::commit).as("PostgreSQL ends the transaction at its bound")
                    .isInstanceOf(SQLException.class);
            assertThat(storedEvents(late.accountId)).as("the late writer stored nothing").isZero();
            assertThat(readModelHas(late.accountId)).isFalse();
        }
    }

    /** The failure the bound prevents: on a connection without it, the late event is lost to the read model. */
    @Test
    void withoutTheBoundALateCommitIsStoredButSkippedByTheReadModel() throws Exception {
        try (Connection writer = DriverManager.getConnection(url, TestDatabase.APP_ROLE, "")) {
            try (Statement s = writer.createStatement()) {
                s.execute("set transaction_timeout = 0");
            }
            LateWriter late = LateWriter.begin(writer);
            String later = eventAfterTheHoleThatIsAlreadyOld();
            awaitInReadModel(later);
            Thread.sleep(TRANSACTION_BOUND.toMillis() + 300);
            late.commit();
            assertThat(storedEvents(late.accountId)).as("the late event is in the store").isEqualTo(1);
            // The processor has moved on: an account opened afterwards appears, the late one never does.
            String afterwards = eventAfterTheHoleThatIsAlreadyOld();
            awaitInReadModel(afterwards);
            Thread.sleep(500);
            assertThat(readModelHas(late.accountId)).as("the late event reached the read model").isFalse();
        }
    }

    /** An account opened by an event inserted as the application would, in a transaction left open. */
    private record LateWriter(Connection connection, String accountId) {

        static LateWriter begin(Connection connection) throws SQLException {
            connection.setAutoCommit(false);
            String id = UUID.randomUUID().toString();
            insertOpened(connection, id, Instant.now());
            return new LateWriter(connection, id);
        }

        void commit() throws SQLException {
            connection.commit();
        }
    }

    /** A committed event positioned after the writer's, with a time stamp older than the gap timeout. */
    private static String eventAfterTheHoleThatIsAlreadyOld() throws SQLException {
        String id = UUID.randomUUID().toString();
        try (Connection c = DriverManager.getConnection(url, TestDatabase.APP_ROLE, "")) {
            insertOpened(c, id, Instant.now().minus(GAP_TIMEOUT.multipliedBy(3)));
        }
        return id;
    }

    private static void insertOpened(Connection c, String accountId, Instant at) throws SQLException {
        EventTable.insertAccountEvent(c, accountId, 0, "AccountOpenedEvent", "1", "{\"accountId\":\"" + accountId
                + "\",\"number\":\"late-" + accountId.substring(0, 8) + "\",\"name\":\"Late\",\"type\":\"ASSET\","
                + "\"currency\":\"EUR\",\"overdraftLimit\":0,\"party\":null}", at);
    }

    private static long storedEvents(String aggregateId) {
        Long n = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, aggregateId);
        return n == null ? 0 : n;
    }

    private static boolean readModelHas(String accountId) {
        return api.get("accounting", "/api/v1/accounts/" + accountId).status() == 200;
    }

    private static void awaitInReadModel(String accountId) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> readModelHas(accountId));
    }
}
