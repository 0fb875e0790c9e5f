package org.backoffice.infra.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Starts PostgreSQL from zonky's packaged binaries on a data directory that survives restarts
 * (initdb runs only when the directory is empty). As root, zonky runs PostgreSQL through
 * `unshare`, since PostgreSQL refuses to run as root. Shared by the application and the tests,
 * so that the tests exercise the same start-up the users run.
 */
public final class EmbeddedPostgresLauncher {

    private EmbeddedPostgresLauncher() {
    }

    /** For tests: stopped by zonky's own JVM shutdown hook. */
    public static EmbeddedPostgres start(Path dataDirectory) throws IOException {
        return start(dataDirectory, 0, true);
    }

    /**
     * With port 0, a free port is chosen. The application passes {@code stopAtJvmExit = false}:
     * Spring stops the server when it closes the context, after the processors and in-flight
     * commands are done. zonky's own shutdown hook would stop it at the same time as Spring's,
     * so that the processors lost their connections mid-shutdown and the JVM took 10 s to exit.
     */
    public static EmbeddedPostgres start(Path dataDirectory, int port, boolean stopAtJvmExit) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(stopAtJvmExit);
        if (port > 0) {
            builder.setPort(port);
        }
        return builder
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // An acknowledged command is durable. zonky's defaults are made for throw-away
                // test databases (it starts postgres with -F, i.e. fsync off, and sets
                // synchronous_commit off): a crash of the machine could lose acknowledged events
                // or corrupt the cluster. Said explicitly here; a -c option wins over -F.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "256MB")
                // Bound every transaction, so that no writer can hold a gap in the event
                // sequence open longer than the processors' gap timeout (see docs/architecture.md).
                .setServerConfig("idle_in_transaction_session_timeout", "60s")
                .start();
    }
}
