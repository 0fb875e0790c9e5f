package org.backoffice.infra.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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

    private static EmbeddedPostgres postgres;

    private TestDatabase() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                Path dir = Files.createTempDirectory("backoffice-test-pg");
                postgres = EmbeddedPostgresLauncher.start(dir);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is going away anyway
                    }
                }));
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

    public static String url(String name) {
        return server().getJdbcUrl("postgres", name);
    }
}
