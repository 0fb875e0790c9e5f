package org.backoffice.infra.support;

import org.backoffice.infra.BackofficeApplication;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * Base of the tests that drive the running application over HTTP against real PostgreSQL. All
 * share one Spring context (same configuration) and one database, so each test makes its own
 * data (fresh account numbers) and never assumes an empty store.
 */
@SpringBootTest(classes = BackofficeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class ApiTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = sharedUrl();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> TestDatabase.APP_ROLE);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.user", () -> "postgres");
        registry.add("spring.flyway.password", () -> "");
    }

    private static String sharedUrl;

    protected static synchronized String sharedUrl() {
        if (sharedUrl == null) {
            sharedUrl = TestDatabase.freshDatabase("backoffice_shared");
        }
        return sharedUrl;
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    protected Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    /**
     * The events stored because of that request (by its correlation id): "a rejected request
     * stores nothing" exactly, whatever else the application is doing at the same time.
     */
    protected long storedBy(Api.Response response) {
        Long n = jdbc.queryForObject("select count(*) from domain_event_entry "
                + "where convert_from(meta_data, 'UTF8')::jsonb ->> 'correlationId' = ?", Long.class, response.correlationId());
        return n == null ? 0 : n;
    }


    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Waits for the eventually consistent read models. */
    protected static <T> T eventually(Callable<T> read, Predicate<T> until) {
        return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(25)).until(read, until::test);
    }
}
