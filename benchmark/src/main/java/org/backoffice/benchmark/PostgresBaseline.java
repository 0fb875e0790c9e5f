package org.backoffice.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * PostgreSQL's own limit on the application's server: N connections, each inserting one row
 * (payload ~200 characters) per transaction in autocommit, into bench_insert of a separate
 * database "bench". The server's settings are left as the application has them.
 */
final class PostgresBaseline {

    private static final String PAYLOAD = "x".repeat(200);

    private final String serverUrl;

    PostgresBaseline(int pgPort) {
        this.serverUrl = "jdbc:postgresql://localhost:" + pgPort + "/";
    }

    void prepare() throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = 'bench'")) {
                if (!rs.next()) {
                    s.execute("create database bench");
                }
            }
        }
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("create table if not exists bench_insert (id bigserial primary key, payload text)");
        }
    }

    /** The server's durability settings, which the baseline and the application share. */
    String durabilitySettings() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select string_agg(name || '=' || setting, ', ' order by name) from pg_settings "
                     + "where name in ('fsync', 'synchronous_commit', 'full_page_writes')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Inserts per second with the given number of connections, after a warm-up. */
    double insertsPerSecond(int connections, Duration warmup, Duration measure) throws Exception {
        long measureStart = System.nanoTime() + warmup.toNanos();
        long end = measureStart + measure.toNanos();
        AtomicLong inserted = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Connection> open = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Connection c = connect();
            c.setAutoCommit(true);
            open.add(c);
        }
        List<Thread> threads = new ArrayList<>();
        try {
            for (Connection c : open) {
                Thread t = new Thread(() -> {
                    try (PreparedStatement insert = c.prepareStatement("insert into bench_insert (payload) values (?)")) {
                        insert.setString(1, PAYLOAD);
                        for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                            insert.executeUpdate();
                            if (now >= measureStart) {
                                inserted.incrementAndGet();
                            }
                        }
                    } catch (SQLException e) {
                        failure.compareAndSet(null, e);
                    }
                }, "pg-insert");
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
        } finally {
            for (Connection c : open) {
                c.close();
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return inserted.get() / (measure.toNanos() / 1e9);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(serverUrl + "bench", "postgres", "");
    }
}
