package org.backoffice.query;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A real PostgreSQL for the projections' own tests: one server per test JVM (zonky's, stopped at
 * exit), and for each test class a fresh database migrated by the application's own Flyway
 * migrations (infra's db/migration, read from the source tree), so the read-model tables are the
 * ones the application writes.
 */
public final class ReadModelDatabase {

    private static EmbeddedPostgres postgres;

    private ReadModelDatabase() {
    }

    public static synchronized JdbcTemplate fresh(String name) {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
            }
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("drop database if exists " + name + " with (force)");
                s.execute("create database " + name);
            }
            DataSource database = postgres.getDatabase("postgres", name);
            Flyway.configure().dataSource(database).locations("filesystem:" + migrations())
                    .placeholders(Map.of("appRole", "backoffice_app")).load().migrate();
            return new JdbcTemplate(database);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path migrations() {
        Path path = Path.of("..", "infra", "src", "main", "resources", "db", "migration").toAbsolutePath().normalize();
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException("the migrations are not at " + path);
        }
        return path;
    }
}
