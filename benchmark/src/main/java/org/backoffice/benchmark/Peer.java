package org.backoffice.benchmark;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.backoffice.benchmark.Api.quote;
import static org.backoffice.benchmark.Report.count;
import static org.backoffice.benchmark.Report.fmt;
import static org.backoffice.benchmark.Report.ms;
import static org.backoffice.benchmark.Report.percentileMs;
import static org.backoffice.benchmark.Report.rate;
import static org.backoffice.benchmark.Report.seconds;

/**
 * The peer (benchmark/peer): an Axon Framework application at its Spring Boot defaults doing the
 * transfers Backoffice does (a transaction and its two legs, three events, in one unit of work),
 * measured in the same run on the same PostgreSQL server, in a database of its own ("peer").
 * First Backoffice itself is measured with transfers only, in the loop the peer gets, at the
 * reference concurrency; then the peer is started ({@code java -Xmx512m -jar peer.jar}), given
 * accounts as the fixture gives Backoffice (funded from one EQUITY account), measured at each
 * concurrency of the command phase for as long as Backoffice was, and stopped. The rows compare
 * the two; a failure of the peer becomes a note, not a failed run.
 */
final class Peer {

    /** The peer's jar, which benchmark/run builds and passes. */
    static final String JAR_PROPERTY = "benchmark.peer";

    private static final String LABEL = "Axon peer";

    private final Settings settings;
    private final Report report;
    private final Consumer<String> phase;

    Peer(Settings settings, Report report, Consumer<String> phase) {
        this.settings = settings;
        this.report = report;
        this.phase = phase;
    }

    /** Backoffice as the benchmark drives it, for the like-for-like measure. */
    record Backoffice(Api api, List<UUID> accounts, Runnable awaitReadModel) {
    }

    /**
     * mix: Backoffice's command-mix result at each concurrency (the rows above this one); roots:
     * the benchmark's pid, the application's, the postmaster's (for CPU per command), as the
     * benchmark keeps them.
     */
    void run(int pgPort, Map<Integer, Load.Result> mix, Backoffice backoffice, List<Long> roots) {
        String jarPath = System.getProperty(JAR_PROPERTY);
        if (jarPath == null || !Files.isRegularFile(Path.of(jarPath))) {
            report.note("The " + LABEL + " was not measured: no peer jar (system property " + JAR_PROPERTY
                    + "; benchmark/run builds benchmark/peer and passes it).");
            return;
        }
        AppProcess process = null;
        Thread stopOnExit = null;
        Path scratch = null;
        try {
            Load.Result backofficeTransfers = backofficeTransfers(backoffice);

            phase.accept(LABEL + ": start");
            createDatabase(pgPort);
            int port = freePort();
            scratch = Files.createTempDirectory("backoffice-peer-");
            Path log = settings.out().resolveSibling(settings.out().getFileName() + ".peer.log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m"));
            // extra JVM options, e.g. to record a profile, as BACKOFFICE_BENCH_APP_JAVA_OPTS for the application
            // (-Dspring.profiles.active=bytea: Axon's columns as bytea rather than large objects, see the peer)
            if (!extraJvmOptions().isEmpty()) {
                command.addAll(List.of(extraJvmOptions().split("\\s+")));
            }
            command.addAll(List.of("-jar", jarPath,
                    "--server.port=" + port,
                    "--spring.datasource.url=jdbc:postgresql://localhost:" + pgPort + "/peer",
                    "--spring.datasource.username=postgres",
                    "--logging.level.root=warn"));
            Log.info("  starting the %s: %s (log %s)", LABEL, String.join(" ", command), log);
            AppProcess started = AppProcess.start(command, port, scratch, log);
            process = started;
            stopOnExit = new Thread(() -> started.stop(Duration.ofSeconds(10)), "peer-stop");
            Runtime.getRuntime().addShutdownHook(stopOnExit);
            Duration ready = process.awaitReady(Duration.ofMinutes(3));
            Log.info("  ready after %.1f s", ready.toMillis() / 1000.0);
            report.row(LABEL + " (benchmark/peer): start-up to ready, plain `java -jar`, fresh database",
                    seconds(ready.toMillis() / 1000.0));

            Api api = new Api(port, "none", "none"); // the peer ignores the credentials
            List<UUID> accounts = seed(api, settings.seed().assetAccounts());
            // The benchmark, the peer, PostgreSQL, and Backoffice (idle; its own root so that its CPU does not
            // count as the benchmark's, whose child it is).
            List<Long> peerRoots = roots.size() >= 3
                    ? List.of(roots.get(0), process.pid(), roots.get(2), roots.get(1)) : List.of();
            long transfers = 0;
            for (int clients : settings.clients()) {
                phase.accept(LABEL + ": transfers, " + clients + (clients == 1 ? " client" : " clients"));
                long[][] cpu = new long[2][];
                Thread sampler = cpuSampler(peerRoots, cpu);
                sampler.start();
                Load.Result r = closedLoop(clients, random -> peerTransfer(api, accounts, random));
                sampler.join();
                transfers += r.ok;
                Log.info("  %.0f transfers/s, p50 %.1f ms, p99 %.1f ms, %d errors", r.rate(),
                        percentileMs(r.latency, 50), percentileMs(r.latency, 99), r.errors());
                reportPeer(clients, r, mix.get(clients), cpu, peerRoots.isEmpty());
                if (clients == Settings.REFERENCE_CLIENTS && backofficeTransfers != null) {
                    reportLikeForLike(clients, backofficeTransfers, r);
                }
            }
            reportStore(pgPort, accounts.size(), transfers);
            Duration stopped = process.stop(Duration.ofSeconds(30));
            process = null;
            Log.info("  %s stopped in %.1f s", LABEL, stopped.toMillis() / 1000.0);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            Log.warn("the %s failed: %s", LABEL, e);
            report.note("**The " + LABEL + " failed**: " + e + " — its rows hold what was measured until then; its log is "
                    + settings.out().getFileName() + ".peer.log.");
        } finally {
            if (process != null) {
                process.stop(Duration.ofSeconds(10));
            }
            if (stopOnExit != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(stopOnExit);
                } catch (IllegalStateException shuttingDown) {
                    // the hook runs anyway
                }
            }
            if (scratch != null) {
                scratch.toFile().delete();
            }
        }
        report.note("The " + LABEL + " (benchmark/peer) is Axon Framework 4.13.0 at its Spring Boot defaults: no Axon "
                + "Server, so the JPA event store (Hibernate; payloads and metadata as PostgreSQL large objects), the "
                + "XStream serializer, the SimpleCommandBus, aggregates loaded from their events on every command (no "
                + "cache, no snapshots), one tracking processor keeping a JPA balances table, a Hikari pool of 10; "
                + "-Xmx512m, on the same PostgreSQL server in a database of its own. A transfer is one command whose "
                + "handler stores a Transaction aggregate and debits and credits two Account aggregates in one unit of "
                + "work (three events, as Backoffice stores). It has **no authentication**, where Backoffice checks a "
                + "cached HTTP Basic credential on every request. It gets transfers only, Backoffice's rows above are "
                + "the command mix: \"transfers only\" is Backoffice in the peer's loop. While the peer runs, Backoffice "
                + "is idle but its processors still poll PostgreSQL, whose CPU counts for the peer. A throughput ratio "
                + "above 1× and a latency ratio below 1× favour Backoffice."
                + (extraJvmOptions().isEmpty() ? "" : " **Not at its defaults this run**: the peer's JVM had `"
                        + extraJvmOptions() + "` (BACKOFFICE_BENCH_PEER_JAVA_OPTS)."));
    }

    // --------------------------------------------------------------------------------------------

    /** Backoffice with transfers only, in the peer's loop, at the reference concurrency. */
    private Load.Result backofficeTransfers(Backoffice backoffice) {
        if (backoffice == null || backoffice.accounts().size() < 2) {
            return null;
        }
        int clients = Settings.REFERENCE_CLIENTS;
        phase.accept("Backoffice: transfers only, " + clients + " clients");
        Load.Result r = closedLoop(clients, random -> {
            UUID[] pair = pair(backoffice.accounts(), random);
            return backoffice.api().post(Commands.TRANSACTIONS,
                    Commands.transfer(UUID.randomUUID(), pair[0], pair[1], amount(random), "peer comparison"));
        });
        Log.info("  %.0f transfers/s, p50 %.1f ms, p99 %.1f ms, %d errors", r.rate(), percentileMs(r.latency, 50),
                percentileMs(r.latency, 99), r.errors());
        backoffice.awaitReadModel().run();
        return r;
    }

    /**
     * clients threads send as fast as answers come back for the command phase's warm-up and measure;
     * what was sent during the warm-up is not recorded.
     */
    private Load.Result closedLoop(int clients, Function<ThreadLocalRandom, Api.Response> send) {
        long measureStart = System.nanoTime() + settings.warmup().toNanos();
        long end = measureStart + settings.measure().toNanos();
        List<Load.Result> results = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Load.Result result = new Load.Result();
            results.add(result);
            Thread t = new Thread(() -> {
                Load.Result discard = new Load.Result();
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                    Load.Result into = now >= measureStart ? result : discard;
                    into.record("TRANSFER", send.apply(random), true);
                }
            }, "peer-client-" + i);
            t.setDaemon(true);
            threads.add(t);
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        Load.Result total = new Load.Result();
        results.forEach(total::add);
        total.seconds = settings.measure().toNanos() / 1e9;
        return total;
    }

    private Thread cpuSampler(List<Long> roots, long[][] cpu) {
        Thread sampler = new Thread(() -> {
            if (roots.isEmpty()) {
                return;
            }
            try {
                Thread.sleep(settings.warmup().toMillis());
                cpu[0] = CpuUsage.perRoot(roots);
                Thread.sleep(settings.measure().toMillis());
                cpu[1] = CpuUsage.perRoot(roots);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "peer-cpu-sampler");
        sampler.setDaemon(true);
        return sampler;
    }

    /**
     * An EQUITY account and n accounts funded from it with one large transfer each (as the fixture
     * funds Backoffice's), then waits until the balances projection shows the last funding.
     */
    private List<UUID> seed(Api api, int n) throws InterruptedException {
        phase.accept(LABEL + ": seeding");
        UUID equity = UUID.randomUUID();
        api.expect("/accounts", account(equity, "3000", "EQUITY"), 201);
        List<UUID> accounts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            accounts.add(UUID.randomUUID());
        }
        Fixture.parallel(n, i -> api.expect("/accounts", account(accounts.get(i), "1" + String.format("%04d", i), "ASSET"), 201));
        Fixture.parallel(n, i -> api.expect("/transfers", transfer(UUID.randomUUID(), equity, accounts.get(i),
                Fixture.FUNDING), 201));
        UUID last = accounts.get(n - 1);
        long start = System.nanoTime();
        while (true) {
            Api.Response r = api.get("/accounts/" + last);
            if (r.status() == 200 && new BigDecimal(r.text("balance")).compareTo(new BigDecimal(Fixture.FUNDING)) == 0) {
                break;
            }
            if (System.nanoTime() - start > Duration.ofMinutes(2).toNanos()) {
                throw new IllegalStateException("the peer's balances projection did not show the funding within 2 minutes: "
                        + r);
            }
            Thread.sleep(50);
        }
        Log.info("  seeded %d accounts funded with %s each from one EQUITY account; projection caught up", n,
                Fixture.FUNDING);
        return accounts;
    }

    private static Api.Response peerTransfer(Api api, List<UUID> accounts, ThreadLocalRandom random) {
        UUID[] pair = pair(accounts, random);
        return api.post("/transfers", transfer(UUID.randomUUID(), pair[0], pair[1], amount(random)));
    }

    /** Two different accounts at random, as the command mix picks them. */
    private static UUID[] pair(List<UUID> accounts, ThreadLocalRandom random) {
        int from = random.nextInt(accounts.size());
        int to = random.nextInt(accounts.size() - 1);
        if (to >= from) {
            to++;
        }
        return new UUID[] {accounts.get(from), accounts.get(to)};
    }

    private static String amount(ThreadLocalRandom random) {
        return String.format(Locale.ROOT, "%d.%02d", random.nextInt(10), 1 + random.nextInt(99));
    }

    private static String account(UUID id, String number, String type) {
        return "{\"id\": " + quote(id) + ", \"number\": " + quote(number + "-" + id.toString().substring(0, 6))
                + ", \"type\": " + quote(type) + "}";
    }

    private static String transfer(UUID id, UUID from, UUID to, String amount) {
        return "{\"id\": " + quote(id) + ", \"from\": " + quote(from) + ", \"to\": " + quote(to) + ", \"amount\": "
                + amount + "}";
    }

    // --------------------------------------------------------------------------------------------

    private void reportPeer(int clients, Load.Result peer, Load.Result mix, long[][] cpu, boolean noCpu) {
        String at = " @" + clients + (clients == 1 ? " client" : " clients");
        double p50 = percentileMs(peer.latency, 50);
        double p99 = percentileMs(peer.latency, 99);
        report.row(LABEL + ": transfers/s" + at + "; latency p50 / p99",
                rate(peer.rate(), "cmd") + "; " + ms(p50) + " / " + ms(p99) + errors(peer));
        if (mix != null && mix.ok > 0 && peer.ok > 0) {
            report.row("Backoffice ÷ " + LABEL + at + ": throughput (the mix above ÷ the peer's transfers); latency p50; p99",
                    fmt("%.2f×; %.2f×; %.2f×", mix.rate() / peer.rate(), percentileMs(mix.latency, 50) / p50,
                            percentileMs(mix.latency, 99) / p99));
        }
        if (!noCpu && cpu[0] != null && cpu[1] != null && peer.ok > 0) {
            double[] ms = CpuUsage.millisPer(cpu[0], cpu[1], peer.rate() * peer.seconds);
            report.row("CPU per transfer" + at + ": " + LABEL + " / PostgreSQL / benchmark client (sum)",
                    fmt("%.2f / %.2f / %.2f ms (%.2f ms)", ms[1], ms[2], ms[0], ms[0] + ms[1] + ms[2]));
        }
    }

    private void reportLikeForLike(int clients, Load.Result backoffice, Load.Result peer) {
        String at = " @" + clients + " clients";
        double p50 = percentileMs(backoffice.latency, 50);
        double p99 = percentileMs(backoffice.latency, 99);
        report.row("Backoffice, transfers only" + at + " (the peer's loop, just before it); latency p50 / p99",
                rate(backoffice.rate(), "cmd") + "; " + ms(p50) + " / " + ms(p99) + errors(backoffice));
        if (backoffice.ok > 0 && peer.ok > 0) {
            report.row("Backoffice ÷ " + LABEL + at + ", transfers only: throughput; latency p50; p99",
                    fmt("%.2f×; %.2f×; %.2f×", backoffice.rate() / peer.rate(), p50 / percentileMs(peer.latency, 50),
                            p99 / percentileMs(peer.latency, 99)));
        }
    }

    /** What the peer stored: three events per transfer, plus one per account opened. */
    private void reportStore(int pgPort, int accounts, long measuredTransfers) throws SQLException {
        try (Connection c = connect(pgPort, "peer"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*), count(*) filter (where payload_type like '%TransferRecorded') "
                     + "from domain_event_entry")) {
            rs.next();
            long events = rs.getLong(1);
            long transfers = rs.getLong(2);
            report.row(LABEL + ": events stored (accounts opened + 3 per transfer, warm-ups and funding included)",
                    count(events) + " = " + count(accounts + 1) + " + 3 × " + count(transfers)
                            + (events == accounts + 1 + 3 * transfers ? "" : " (**does not add up**)")
                            + "; " + count(measuredTransfers) + " transfers measured");
        }
    }

    private static String extraJvmOptions() {
        String extra = System.getenv("BACKOFFICE_BENCH_PEER_JAVA_OPTS");
        return extra == null ? "" : extra.trim();
    }

    private static String errors(Load.Result r) {
        return r.errors() == 0 ? "" : fmt(" (%d errors: %d 4xx, %d 5xx, %d transport)", r.errors(), r.clientErrors,
                r.serverErrors, r.transportErrors);
    }

    private static void createDatabase(int pgPort) throws SQLException {
        try (Connection c = connect(pgPort, "postgres"); Statement s = c.createStatement()) {
            s.execute("drop database if exists peer");
            s.execute("create database peer");
        }
    }

    private static Connection connect(int pgPort, String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pgPort + "/" + database, "postgres", "");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
