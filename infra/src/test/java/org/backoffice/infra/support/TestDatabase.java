package org.backoffice.infra.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.backoffice.infra.persistence.ApplicationRole;
import org.backoffice.infra.persistence.EmbeddedPostgresLauncher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One real PostgreSQL per test JVM, started by the same launcher as the application's embedded
 * default. Each Spring context that needs an empty store gets a database of its own in it.
 */
public final class TestDatabase {

    /** The role the application connects as, as in production: it owns nothing (see migration V7). */
    public static final String APP_ROLE = "backoffice_app";

    private static EmbeddedPostgres postgres;

    private TestDatabase() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                Path dir = Files.createTempDirectory("backoffice-test-pg");
                // Stopped and removed by this hook alone (a throw-away server must not leave ~50 MB
                // in the temporary directory per test run).
                postgres = EmbeddedPostgresLauncher.start(dir, 0, false);
                ApplicationRole.ensureLogin(postgres.getPostgresDatabase(), APP_ROLE);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is going away anyway
                    }
                    deleteRecursively(dir);
                }, "test-postgres-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return postgres;
    }

    /** A JDBC URL of a fresh, empty database with this name (dropped first if it exists). */
    public static synchronized String freshDatabase(String name) {
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return url(name);
    }

    /** Without a user in it (a user in the URL would win over spring.datasource.username). */
    public static String url(String name) {
        return "jdbc:postgresql://localhost:" + server().getPort() + "/" + name;
    }

    /** The properties of an application on that database: it runs as the application role, Flyway as the owner. */
    public static String[] applicationArguments(String url) {
        return new String[] {"--spring.datasource.url=" + url, "--spring.datasource.username=" + APP_ROLE,
                "--spring.datasource.password=", "--spring.flyway.user=postgres", "--spring.flyway.password="};
    }

    /** A connection as the database owner (a superuser), to act behind the application's back. */
    public static javax.sql.DataSource owner(String url) {
        return new org.springframework.jdbc.datasource.DriverManagerDataSource(url, "postgres", "");
    }

    /** Removes a directory tree, best effort (used for throw-away data directories). */
    public static void deleteRecursively(Path dir) {
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // best effort: it is in the temporary directory
        }
    }

    /**
     * An application of its own (test profile, a free port) on that database, beside the shared
     * test context: for tests that need several instances, a restart, or other settings.
     */
    public static org.springframework.context.ConfigurableApplicationContext startApplication(String url, String... more) {
        return startApplication(url, null, more);
    }

    /** The same, with "today" read from the given clock (the application's Clock bean). */
    public static org.springframework.context.ConfigurableApplicationContext startApplication(String url, java.time.Clock clock,
                                                                                             String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(applicationArguments(url)));
        args.addAll(java.util.List.of("--server.port=0", "--logging.level.root=warn"));
        args.addAll(java.util.List.of(more));
        var builder = new org.springframework.boot.builder.SpringApplicationBuilder(org.backoffice.infra.BackofficeApplication.class)
                .profiles("test");
        if (clock != null) {
            builder.initializers(context -> context.getBeanFactory().registerSingleton("clock", clock));
        }
        return builder.run(args.toArray(String[]::new));
    }

    /** The REST API of such an application. */
    public static Api api(org.springframework.context.ConfigurableApplicationContext context) {
        return new Api(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }

    /** Work done as the database owner on one connection. */
    public interface OwnerWork {
        void on(java.sql.Connection connection) throws java.sql.SQLException;
    }

    /**
     * What a database owner can do behind the application's back: switch the triggers off for one
     * transaction (session_replication_role) and change rows.
     */
    public static void withoutTriggers(String url, OwnerWork work) {
        new org.springframework.jdbc.core.JdbcTemplate(owner(url)).execute((org.springframework.jdbc.core.ConnectionCallback<Void>) c -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                s.execute("set local session_replication_role = replica");
                work.on(c);
                c.commit();
            } catch (java.sql.SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
            return null;
        });
    }
}
