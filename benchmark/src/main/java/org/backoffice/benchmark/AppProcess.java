package org.backoffice.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The application as users run it (bin/backoffice, or {@code java -jar backoffice.jar}), with its
 * own data directory (and so its own embedded PostgreSQL on a fixed port), output appended to a log
 * file.
 */
final class AppProcess {

    private static final HttpClient PROBE = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1)).build();

    private final Process process;
    private final long startedAt;
    private final int port;
    private final Path dataDir;

    private AppProcess(Process process, long startedAt, int port, Path dataDir) {
        this.process = process;
        this.startedAt = startedAt;
        this.port = port;
        this.dataDir = dataDir;
    }

    /** A configured user with the ADMIN role and a bcrypt hash of its password. */
    record User(String name, String bcryptHash) {
    }

    /**
     * The command line users would type (with full paths): through bin/backoffice, the launcher the
     * docs/running.md recommends for production (unpacked jar, class-data-sharing archive), when given; else
     * {@code java -jar}. The heap limit and any extra JVM options
     * (BACKOFFICE_BENCH_APP_JAVA_OPTS, e.g. to record a profile) are the same either way.
     */
    static List<String> command(Path jar, Optional<Path> launcher, int port, Path dataDir, int pgPort, List<User> users) {
        // The heap the README recommends for production (the target is a heap under 512 MiB).
        String jvmOptions = "-Xmx512m";
        String extra = System.getenv("BACKOFFICE_BENCH_APP_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            jvmOptions += " " + extra.trim();
        }
        List<String> command = new ArrayList<>();
        if (launcher.isPresent()) {
            // env(1) execs the launcher, which execs java: the process started here is the JVM.
            command.addAll(List.of("/usr/bin/env", "JAVA_HOME=" + System.getProperty("java.home"),
                    "JAVA_OPTS=" + jvmOptions, launcher.get().toString(), "--jar", jar.toString()));
        } else {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            command.add(java.toString());
            command.addAll(List.of(jvmOptions.split("\\s+")));
            command.addAll(List.of("-jar", jar.toString()));
        }
        command.addAll(List.of(
                "--server.port=" + port,
                "--backoffice.data-dir=" + dataDir,
                "--backoffice.embedded-postgres.port=" + pgPort,
                "--logging.level.root=warn",
                // A rebuild's split of its time (reset, reading, waiting for the projections) in the application's log.
                "--logging.level.org.backoffice.query.audit.SharedStreamReplay=info",
                // The IT phase waits for the monthly depreciation: schedules are checked every 2 s, not every 10 min.
                "--backoffice.schedules.check-interval=2s"));
        for (int i = 0; i < users.size(); i++) {
            String user = "--backoffice.security.users[" + i + "].";
            command.add(user + "name=" + users.get(i).name());
            command.add(user + "password={bcrypt}" + users.get(i).bcryptHash());
            command.add(user + "roles=ADMIN");
        }
        return command;
    }

    static AppProcess start(List<String> command, int port, Path dataDir, Path log) throws IOException {
        Files.writeString(log, "\n===== " + java.time.Instant.now() + " starting: " + String.join(" ", command) + "\n",
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        long startedAt = System.nanoTime();
        Process process = builder.start();
        return new AppProcess(process, startedAt, port, dataDir);
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Time from the process start until GET /actuator/health answers 200 with status UP. */
    Duration awaitReady(Duration timeout) {
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = startedAt + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited with status " + process.exitValue()
                        + " before it was ready; see its log");
            }
            try {
                HttpResponse<String> r = PROBE.send(health, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                    return Duration.ofNanos(System.nanoTime() - startedAt);
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            sleep(20);
        }
        throw new IllegalStateException("the application was not ready within " + timeout);
    }

    /**
     * SIGTERM (Process.destroy) and wait for the exit, then for the embedded PostgreSQL to be gone
     * too; a process that does not stop in time is killed. Answers the time until the JVM exited.
     */
    Duration stop(Duration grace) {
        long start = System.nanoTime();
        Optional<ProcessHandle> postgres = postmaster();
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                Log.warn("the application did not exit within %s of SIGTERM: killing it", grace);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Duration exited = Duration.ofNanos(System.nanoTime() - start);
        postgres.ifPresent(pg -> stopLeftover(pg, grace));
        return exited;
    }

    /** The embedded PostgreSQL's postmaster (it runs detached from the JVM), from its pid file. */
    Optional<ProcessHandle> postmaster() {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        try {
            List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : new ArrayList<>();
            return lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void stopLeftover(ProcessHandle pg, Duration grace) {
        try {
            pg.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            if (pg.isAlive()) {
                Log.warn("the embedded PostgreSQL (pid %d) outlived the application: stopping it", pg.pid());
                pg.destroy();
                try {
                    pg.onExit().get(30, TimeUnit.SECONDS);
                } catch (Exception again) {
                    pg.destroyForcibly();
                }
            }
        }
    }

    /** A line of /proc/<pid>/status in KiB (VmRSS, VmHWM), or -1 once the process is gone. */
    long procStatusKb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return -1;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
