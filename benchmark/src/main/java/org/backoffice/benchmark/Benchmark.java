package org.backoffice.benchmark;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.backoffice.benchmark.Report.count;
import static org.backoffice.benchmark.Report.fmt;
import static org.backoffice.benchmark.Report.mib;
import static org.backoffice.benchmark.Report.ms;
import static org.backoffice.benchmark.Report.percentileMs;
import static org.backoffice.benchmark.Report.rate;
import static org.backoffice.benchmark.Report.seconds;

/**
 * The benchmark (run it with benchmark/run): starts the packaged application twice on a fresh
 * data directory, then measures, in this order, authentication, command throughput at 1, 16 and
 * 64 clients against PostgreSQL's own single-row commit rate, projection lag, a command on an
 * account with a long history, a replay of the read models over a large store, and the books
 * (journal entries beside transfers, the statements over a large ledger); heap and RSS
 * are sampled throughout. Prints the report to stdout and writes it to the output file.
 */
public final class Benchmark {

    private static final String USER = "bench";
    private static final String SECOND_USER = "bench-auth";
    private static final int BCRYPT_STRENGTH = 10;

    private final Settings settings;
    private final Report report = new Report();
    private final String password = randomPassword();
    private final String secondPassword = randomPassword();
    private Path dataDir;
    private volatile AppProcess app;
    private volatile MemorySampler sampler;
    private List<Long> ourProcesses;
    private CpuUsage.Sample cpuStart;
    private boolean resourceUseReported;
    /** The command mix's result at each concurrency, for the Axon peer's ratios. */
    private final Map<Integer, Load.Result> commandResults = new TreeMap<>();
    private final AtomicBoolean reported = new AtomicBoolean();

    private Benchmark(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        Settings settings;
        try {
            settings = Settings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Benchmark benchmark = new Benchmark(settings);
        // Stopped by a signal (Ctrl-C, kill): stop the application and still report what was measured.
        Thread interrupted = new Thread(() -> {
            benchmark.report.note("**Interrupted** by a signal before the run finished: the table holds what was "
                    + "measured until then.");
            benchmark.cleanUp();
            benchmark.emitReport();
        }, "benchmark-interrupted");
        Runtime.getRuntime().addShutdownHook(interrupted);
        int status = 0;
        try {
            benchmark.run();
        } catch (Exception | Error e) {
            Log.warn("the benchmark failed: %s", e);
            e.printStackTrace();
            benchmark.report.note("**The run failed** before it finished: " + e + " — the table holds what was measured "
                    + "until then; the application's log is " + settings.out().getFileName() + ".app.log.");
            status = 1;
        }
        benchmark.cleanUp();
        if (!benchmark.emitReport()) {
            status = 1;
        }
        Runtime.getRuntime().removeShutdownHook(interrupted);
        System.exit(status);
    }

    /** Prints the report and writes it to the output file, once; false when the file could not be written. */
    private boolean emitReport() {
        if (!reported.compareAndSet(false, true)) {
            return true;
        }
        String markdown = report.markdown();
        System.out.print(markdown);
        System.out.flush();
        try {
            Files.createDirectories(settings.out().getParent());
            Files.writeString(settings.out(), markdown);
            Log.info("report written to %s", settings.out());
            return true;
        } catch (IOException e) {
            Log.warn("could not write %s: %s", settings.out(), e);
            return false;
        }
    }

    private void run() throws Exception {
        describeMachine();
        Path log = settings.out().resolveSibling(settings.out().getFileName() + ".app.log");
        Files.createDirectories(log.getParent());
        dataDir = Files.createTempDirectory("backoffice-bench-");
        int port = freePort();
        int pgPort = freePort();
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(BCRYPT_STRENGTH);
        String hash = bcrypt.encode(password);
        List<AppProcess.User> users = List.of(
                new AppProcess.User(USER, hash), new AppProcess.User(SECOND_USER, bcrypt.encode(secondPassword)));
        Optional<Path> launcher = Optional.ofNullable(System.getProperty("benchmark.launcher")).map(Path::of);
        List<String> command = AppProcess.command(settings.jar(), launcher, port, dataDir, pgPort, users);
        List<String> plainJar = AppProcess.command(settings.jar(), Optional.empty(), port, dataDir, pgPort, users);
        Log.info("data directory %s, application log %s", dataDir, log);

        startUp(command, plainJar, launcher.isPresent(), port, log);
        Api api = new Api(port, USER, password);
        measureAuthentication(api, bcrypt, hash, port);
        sampler = new MemorySampler(api, app).start();
        ourProcesses = new ArrayList<>(List.of(ProcessHandle.current().pid(), app.pid()));
        app.postmaster().ifPresent(pg -> ourProcesses.add(pg.pid()));
        cpuStart = CpuUsage.sample(ourProcesses);

        phase("seeding");
        Fixture fixture = Fixture.seed(api, settings.seed());
        Load load = new Load(api, fixture);
        try (EventGenerator store = new EventGenerator(pgPort)) {
            PostgresBaseline baseline = new PostgresBaseline(pgPort);
            baseline.prepare();
            String durability = baseline.durabilitySettings();
            report.header("embedded PostgreSQL as the application configures it: " + durability
                    + " (the baseline below runs on the same server with the same settings)");
            if (durability.contains("fsync=off") || durability.contains("synchronous_commit=off")) {
                report.note("The application's embedded PostgreSQL runs with " + durability + ": a commit is "
                        + "acknowledged before it is durable, for the application and the baseline alike.");
            }
            awaitReadModel(load, store, "seeding");

            if (settings.runs("commands")) {
                double referenceRate = commandThroughput(load, store, baseline);
                new Peer(settings, report, this::phase).run(pgPort, commandResults, new Peer.Backoffice(api,
                        fixture.assetAccounts, () -> awaitReadModel(load, store, "transfers only")), ourProcesses);
                projectionLag(load, referenceRate);
                hotAccount(api, load, store);
                replay(api, load, store);
            }
            if (settings.runs("books")) {
                phase("books");
                new Books(api, report, settings.quick()).run();
            }
            if (settings.runs("bank")) {
                phase("bank");
                new Bank(api, new Api(port, SECOND_USER, secondPassword), report, sampler, settings.quick()).run();
            }
            if (settings.runs("networks")) {
                phase("networks");
                new Networks(api, store, report, settings.quick()).run();
            }
            if (settings.runs("fixed-assets")) {
                phase("fixed assets");
                new FixedAssets(api, store, report, settings.quick()).run();
            }
            if (settings.runs("closing")) {
                phase("closing");
                new Closing(api, store, report, sampler, settings.quick()).run();
            }
            if (settings.runs("trail")) {
                phase("trail");
                new Trail(api, store, report, settings.quick()).run();
            }
        }
        reportResourceUse();
        Duration shutdown = app.stop(Duration.ofSeconds(60));
        report.row("shutdown (SIGTERM until the JVM exited)", seconds(shutdown.toMillis() / 1000.0));
        app = null;
    }

    /**
     * CPU and memory, once, while the application still runs (VmHWM is read from its /proc): at the
     * end, or when the run fails or is interrupted.
     */
    private synchronized void reportResourceUse() {
        MemorySampler s = sampler;
        AppProcess a = app;
        if (s == null || a == null || resourceUseReported) {
            return;
        }
        resourceUseReported = true;
        report.header("CPU from the second start to the end: " + CpuUsage.describe(cpuStart, CpuUsage.sample(ourProcesses))
                + "; load average (1 min) at the end " + loadAverage());
        s.close();
        report.row("peak heap used (sampled every 1 s, " + s.samples() + " samples)",
                mib(s.peakHeapBytes()) + " (during: " + s.peakHeapPhase() + ")", "< 512 MiB",
                s.peakHeapBytes() < 512L * 1024 * 1024);
        report.row("peak RSS of the application JVM (sampled; VmHWM at the end)",
                mib(s.peakRssKb() * 1024.0) + " (VmHWM " + mib(a.procStatusKb("VmHWM") * 1024.0) + ")");
        if (s.failedScrapes() > 0) {
            report.note(s.failedScrapes() + " of " + s.samples() + " scrapes of /actuator/prometheus failed.");
        }
    }

    // --------------------------------------------------------------------------------------------

    private void describeMachine() throws IOException {
        report.header("date: " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        String cpu = "unknown";
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("model name")) {
                cpu = line.substring(line.indexOf(':') + 1).trim();
                break;
            }
        }
        String memory = "unknown";
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                memory = mib(Long.parseLong(line.replaceAll("\\D", "")) * 1024.0);
            }
        }
        report.header("machine: nproc " + Runtime.getRuntime().availableProcessors() + ", memory " + memory + ", CPU "
                + cpu + ", load average (1 min) at the start " + loadAverage());
        report.header("java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (application and benchmark)");
        report.header("command: `" + settings.command() + "`" + (settings.quick() ? " (quick: short phases, small stores)" : "")
                + (settings.only() != null ? " (only the seeding and the " + settings.only() + " phase)" : ""));
        report.header("application: " + settings.jar() + "; the benchmark client, the application and PostgreSQL "
                + "share the machine");
    }

    /**
     * Three starts on one data directory: the first initialises the database (and, through the
     * launcher, unpacks the jar and records its class-data-sharing archive, made afresh here); then,
     * for comparison, plain {@code java -jar}; then the launch docs/running.md recommends, which stays up
     * for the rest of the run.
     */
    private void startUp(List<String> command, List<String> plainJar, boolean viaLauncher, int port, Path log)
            throws IOException {
        String how = viaLauncher ? "bin/backoffice" : "java -jar";
        if (viaLauncher) {
            Path launchDir = settings.jar().resolveSibling(settings.jar().getFileName().toString().replaceAll("\\.jar$", "") + "-launch");
            deleteRecursively(launchDir);
        }
        Log.info("first start with %s (initialises the database)", how);
        Duration first = startAndStop(command, port, log);
        Duration plain = null;
        if (viaLauncher) {
            Log.info("a start with plain java -jar, for comparison");
            plain = startAndStop(plainJar, port, log);
        }
        Log.info("start with %s on the initialised data directory", how);
        app = AppProcess.start(command, port, dataDir, log);
        Duration ready = app.awaitReady(Duration.ofMinutes(3));
        Log.info("  ready after %.1f s (pid %d)", ready.toMillis() / 1000.0, app.pid());
        report.row("start-up to ready, first start (initialises the database"
                + (viaLauncher ? "; bin/backoffice unpacks the jar and records its CDS archive" : "") + ")",
                seconds(first.toMillis() / 1000.0));
        if (plain != null) {
            report.row("start-up to ready, database initialised, plain `java -jar`", seconds(plain.toMillis() / 1000.0));
        }
        report.row("start-up to ready, database initialised, " + (viaLauncher ? "`bin/backoffice`" : "`java -jar`"),
                seconds(ready.toMillis() / 1000.0), "< 10 s", ready.compareTo(Duration.ofSeconds(10)) < 0);
    }

    private Duration startAndStop(List<String> command, int port, Path log) throws IOException {
        app = AppProcess.start(command, port, dataDir, log);
        Duration ready = app.awaitReady(Duration.ofMinutes(3));
        Log.info("  ready after %.1f s; stopping it", ready.toMillis() / 1000.0);
        Duration shutdown = app.stop(Duration.ofSeconds(60));
        Log.info("  exited %.1f s after SIGTERM", shutdown.toMillis() / 1000.0);
        app = null;
        return ready;
    }

    /**
     * The server checks a password with bcrypt once and then remembers it for 5 minutes. The very
     * first authenticated request also runs cold code; a second user's first request, made once
     * the path is warm, shows what bcrypt alone adds.
     */
    private void measureAuthentication(Api api, BCryptPasswordEncoder bcrypt, String hash, int port) {
        String path = "/api/v1/accounts?size=1";
        double[] local = new double[20];
        for (int i = -3; i < local.length; i++) {
            long start = System.nanoTime();
            if (!bcrypt.matches(password, hash)) {
                throw new IllegalStateException("bcrypt does not match its own hash");
            }
            if (i >= 0) {
                local[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        for (int i = 0; i < 3; i++) {
            api.getAnonymous(path); // 401: warms the filter chain, checks no password
        }
        Api.Response first = api.get(path);
        if (first.status() != 200) {
            throw new IllegalStateException("the first authenticated request answered " + first);
        }
        double[] later = new double[20];
        for (int i = 0; i < later.length; i++) {
            Api.Response r = api.get(path);
            if (r.status() != 200) {
                throw new IllegalStateException("an authenticated request answered " + r);
            }
            later[i] = r.millis();
        }
        Api.Response second = new Api(port, SECOND_USER, secondPassword).get(path);
        Api.Response wrong = api.getAs(USER, "not-the-password", path);
        report.row("BCrypt (strength 10) matches, in the benchmark JVM (median of 20)", ms(median(local)));
        report.row("first authenticated request after start (bcrypt + cold code)", ms(first.millis()));
        report.row("first request of a second user, code warm (bcrypt)", ms(second.millis()));
        report.row("later requests, credentials remembered (median of 20)", ms(median(later)));
        report.row("request with a wrong password (always checked; answered " + wrong.status() + ")", ms(wrong.millis()));
    }

    /** Answers the command rate at the reference concurrency (16 clients). */
    private double commandThroughput(Load load, EventGenerator store, PostgresBaseline baseline) throws Exception {
        double referenceRate = Double.NaN;
        for (int clients : settings.clients()) {
            phase("command mix, " + clients + (clients == 1 ? " client" : " clients"));
            // CPU of the benchmark client, the application and PostgreSQL over the measured window only.
            long[][] cpu = new long[2][];
            Thread sampler = new Thread(() -> {
                try {
                    Thread.sleep(settings.warmup().toMillis());
                    cpu[0] = CpuUsage.perRoot(ourProcesses);
                    Thread.sleep(settings.measure().toMillis());
                    cpu[1] = CpuUsage.perRoot(ourProcesses);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "cpu-sampler");
            sampler.start();
            Load.Result r = load.mixed(clients, settings.warmup(), settings.measure());
            sampler.join();
            Log.info("  %.0f commands/s, p50 %.1f ms, p99 %.1f ms, %d errors (%d 5xx)", r.rate(),
                    percentileMs(r.latency, 50), percentileMs(r.latency, 99), r.errors(), r.serverErrors);
            warnAbout(r, "command mix at " + clients + " clients");
            awaitReadModel(load, store, "command mix");
            phase("PostgreSQL baseline, " + clients + (clients == 1 ? " connection" : " connections"));
            double inserts = baseline.insertsPerSecond(clients, settings.warmup(), settings.measure());
            Log.info("  %.0f inserts/s", inserts);
            reportThroughput(clients, r, inserts);
            reportCpuPerCommand(clients, r, cpu);
            commandResults.put(clients, r);
            if (clients == Settings.REFERENCE_CLIENTS || Double.isNaN(referenceRate)) {
                referenceRate = r.rate();
            }
        }
        return referenceRate;
    }

    private void reportThroughput(int clients, Load.Result r, double pgInserts) {
        boolean reference = clients == Settings.REFERENCE_CLIENTS;
        String at = " @" + clients + (clients == 1 ? " client" : " clients");
        double p50 = percentileMs(r.latency, 50);
        double p99 = percentileMs(r.latency, 99);
        double ratio = r.rate() / pgInserts;
        if (reference) {
            report.row("commands/s" + at + " (mix: 80% transfers, 10% HR, 10% assets)", rate(r.rate(), "cmd"),
                    "≥ 2,000/s", r.rate() >= 2000);
            report.row("command latency p50 / p99" + at, ms(p50) + " / " + ms(p99), "p99 < 50 ms", p99 < 50);
        } else {
            report.row("commands/s" + at, rate(r.rate(), "cmd"));
            report.row("command latency p50 / p99" + at, ms(p50) + " / " + ms(p99));
        }
        report.row("non-2xx answers" + at + " (4xx / 5xx / transport / rejected)",
                fmt("%d / %d / %d / %d of %s", r.clientErrors, r.serverErrors, r.transportErrors, r.rejected,
                        count(r.ok + r.errors())),
                "no 5xx (docs/api.md)", r.serverErrors == 0 && r.transportErrors == 0);
        report.row("PostgreSQL single-row inserts/s" + at, rate(pgInserts, "insert"));
        if (reference) {
            report.row("app commands/s ÷ PG inserts/s" + at, fmt("%.1f%%", ratio * 100), "≥ 30%", ratio >= 0.30);
        } else {
            report.row("app commands/s ÷ PG inserts/s" + at, fmt("%.1f%%", ratio * 100));
        }
    }

    /**
     * Where the CPU went per command: the client (this JVM), the application JVM and PostgreSQL share
     * the machine, so the sum is what one command costs it.
     */
    private void reportCpuPerCommand(int clients, Load.Result r, long[][] cpu) {
        if (cpu[0] == null || cpu[1] == null || ourProcesses.size() < 3 || r.ok == 0) {
            return;
        }
        double[] ms = CpuUsage.millisPer(cpu[0], cpu[1], r.rate() * r.seconds);
        report.row("CPU per command @" + clients + (clients == 1 ? " client" : " clients")
                        + ": application / PostgreSQL / benchmark client (sum)",
                fmt("%.2f / %.2f / %.2f ms (%.2f ms)", ms[1], ms[2], ms[0], ms[0] + ms[1] + ms[2]));
    }

    private void projectionLag(Load load, double referenceRate) {
        double target = Math.max(1, referenceRate / 2);
        phase("projection lag");
        Log.info("  transfers at %.0f/s (half the rate at %d clients) from %d threads for %s",
                target, Settings.REFERENCE_CLIENTS, settings.lagSenders(), settings.lagDuration());
        Load.LagResult r = load.projectionLag(target, settings.lagSenders(), settings.lagDuration(), 5, Duration.ofMillis(3));
        warnAbout(r.posting(), "projection-lag load");
        Log.info("  achieved %.0f/s; lag p50 %.1f ms, p99 %.1f ms over %d transfers (%d never seen)", r.posting().rate(),
                percentileMs(r.lag(), 50), percentileMs(r.lag(), 99), r.sampled(), r.unseen());
        report.row("transfer rate during the lag measure (target: half the rate at 16 clients)",
                rate(r.posting().rate(), "transfer") + " of " + rate(target, "transfer"));
        report.row("projection lag p50 / p99 (POST answer → GET shows COMPLETED; every 5th of "
                        + count(r.posting().ok) + " transfers)",
                ms(percentileMs(r.lag(), 50)) + " / " + ms(percentileMs(r.lag(), 99))
                        + (r.unseen() > 0 ? " (" + r.unseen() + " not seen within 30 s)" : ""),
                "p99 < 200 ms", r.unseen() == 0 && percentileMs(r.lag(), 99) < 200);
    }

    /**
     * An account with a long history against a fresh one. The hot pair is written with SQL (opened
     * and given its history in one go): an account opened over REST sits in the application's
     * aggregate cache, and history written behind the cache's back would make its next command
     * fail on the stale sequence number — an artefact of the benchmark, not of the application.
     */
    private void hotAccount(Api api, Load load, EventGenerator store) throws Exception {
        int events = settings.hotAccountEvents();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        EventGenerator.Pair hot = new EventGenerator.Pair(UUID.randomUUID(), UUID.randomUUID(), "HOT-" + tag,
                "HOTC-" + tag);
        phase("hot account");
        Log.info("  writing %,d past transfers (%,d events on the account) with SQL", events, events);
        long start = System.nanoTime();
        long rows = store.generate(List.of(hot), events, true, 1, 1000);
        double generation = (System.nanoTime() - start) / 1e9;
        Log.info("  %,d events in %.1f s", rows, generation);
        report.row("hot account: past events written with SQL (rows incl. counter legs and transactions)",
                count(events) + " (" + count(rows) + " rows in " + seconds(generation) + ")");
        awaitReadModel(load, store, "hot-account history");

        Api.Response cold = load.alternatingTransfer(hot.asset(), hot.counter(), 0);
        if (!cold.ok()) {
            throw new IllegalStateException("the first transfer on the hot account answered " + cold);
        }
        Log.info("  first command on the hot account (loads %,d events): %.0f ms", events, cold.millis());
        long waitStart = System.nanoTime();
        while (!store.hasSnapshot(hot.asset()) && System.nanoTime() - waitStart < settings.snapshotWait().toNanos()) {
            Thread.sleep(100);
        }
        double snapshotWait = (System.nanoTime() - waitStart) / 1e9;
        boolean snapshot = store.hasSnapshot(hot.asset());
        Log.info("  snapshot of the hot account %s after %.1f s", snapshot ? "stored" : "NOT stored", snapshotWait);

        UUID fresh = UUID.randomUUID();
        UUID freshCounter = UUID.randomUUID();
        api.expect(Commands.ACCOUNTS, Commands.account(fresh, "FRESH-" + tag, "Fresh asset", "ASSET"), 201);
        api.expect(Commands.ACCOUNTS, Commands.account(freshCounter, "FRESHC-" + tag, "Fresh counter", "EQUITY"), 201);
        Api.Response freshFirst = load.alternatingTransfer(fresh, freshCounter, 0);
        if (!freshFirst.ok()) {
            throw new IllegalStateException("the first transfer on the fresh account answered " + freshFirst);
        }
        int n = settings.sequentialTransfers();
        Load.Result hotResult = load.sequential(hot.asset(), hot.counter(), 1, n, settings.sequentialBudget());
        Load.Result freshResult = load.sequential(fresh, freshCounter, 1, n, settings.sequentialBudget());
        warnAbout(hotResult, "hot-account transfers");
        warnAbout(freshResult, "fresh-account transfers");
        double hot50 = percentileMs(hotResult.latency, 50);
        double hot99 = percentileMs(hotResult.latency, 99);
        double fresh50 = percentileMs(freshResult.latency, 50);
        double fresh99 = percentileMs(freshResult.latency, 99);
        report.row("first command on the hot account (cold: loads " + count(events) + " events)", ms(cold.millis())
                + "; snapshot " + (snapshot ? "stored " + seconds(snapshotWait) + " later"
                : "**not stored** within " + settings.snapshotWait().toSeconds() + " s"));
        report.row("hot account, " + measured(hotResult, n) + " sequential transfers p50 / p99", ms(hot50) + " / "
                + ms(hot99) + errorsSuffix(hotResult));
        report.row("fresh account, " + measured(freshResult, n) + " sequential transfers p50 / p99", ms(fresh50) + " / "
                + ms(fresh99) + errorsSuffix(freshResult));
        report.row("hot ÷ fresh (p50; p99)", fmt("%.2f×; %.2f×", hot50 / fresh50, hot99 / fresh99), "≤ 2×",
                hot50 / fresh50 <= 2 && hotResult.errors() == 0);
    }

    /**
     * Fills the store up to the replay size with generated transfers between new account pairs,
     * waits until the read models have applied them, then replays all three read models.
     */
    private void replay(Api api, Load load, EventGenerator store) throws Exception {
        long existing = store.eventCount();
        long wanted = settings.replayStoreEvents();
        int perPair = settings.replayTransfersPerPair();
        long eventsPerPair = 2 + 3L * perPair;
        int pairCount = (int) Math.max(1, (wanted - existing + eventsPerPair - 1) / eventsPerPair);
        phase("filling the store for the replay");
        Log.info("  the store holds %,d events; generating %,d account pairs with %d transfers each (%,d events)",
                existing, pairCount, perPair, pairCount * eventsPerPair);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        List<EventGenerator.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < pairCount; i++) {
            pairs.add(new EventGenerator.Pair(UUID.randomUUID(), UUID.randomUUID(), "G" + tag + "-" + i, "GC" + tag + "-" + i));
        }
        long start = System.nanoTime();
        long rows = store.generate(pairs, perPair, false, 30, perPair);
        double generation = (System.nanoTime() - start) / 1e9;
        long total = store.eventCount();
        Log.info("  %,d events written in %.1f s (%,.0f/s); the store holds %,d", rows, generation, rows / generation, total);
        report.row("events written with SQL for the replay", count(rows) + " in " + seconds(generation)
                + " (" + rate(rows / generation, "event") + ")");

        phase("read models applying the generated events");
        UUID last = pairs.get(pairs.size() - 1).asset();
        BigDecimal expected = new BigDecimal(perPair);
        long waitStart = System.nanoTime();
        long lastReport = waitStart;
        while (true) {
            Api.Response r = api.get(Commands.ACCOUNTS + "/" + last);
            if (r.status() == 200 && new BigDecimal(r.json().path("balance").path("amount").asText("0"))
                    .compareTo(expected) == 0) {
                break;
            }
            if (System.nanoTime() - lastReport > Duration.ofSeconds(10).toNanos()) {
                Log.info("  ... %s", store.progress());
                lastReport = System.nanoTime();
            }
            if (System.nanoTime() - waitStart > Duration.ofHours(2).toNanos()) {
                throw new IllegalStateException("the read models did not apply the generated events within 2 hours");
            }
            Thread.sleep(200);
        }
        double catchUp = (System.nanoTime() - waitStart) / 1e9;
        Log.info("  caught up after %.0f s", catchUp);
        // The live processors apply the events while the generator is still writing them, so this
        // is how far they were behind when it finished, not a rate of their own.
        report.row("live read models: all " + count(rows) + " generated events visible, after the generator finished",
                seconds(catchUp) + " (kept pace with " + rate(rows / (generation + catchUp), "event") + " overall)");

        long events = store.eventCount();
        phase("replay");
        Log.info("  replaying balances, headcount and inventory over %,d events", events);
        long replayStart = System.nanoTime();
        Api.Response started = api.expect("/api/v1/audit/replays",
                "{\"projections\": [\"balances\", \"headcount\", \"inventory\"]}", 202);
        String id = started.text("id");
        lastReport = replayStart;
        while (true) {
            if (System.nanoTime() - replayStart > Duration.ofHours(2).toNanos()) {
                throw new IllegalStateException("the replay did not complete within 2 hours");
            }
            Api.Response r = api.get("/api/v1/audit/replays/" + id);
            if (r.status() != 200) {
                throw new IllegalStateException("GET replay answered " + r);
            }
            String status = r.text("status");
            if ("COMPLETED".equals(status)) {
                break;
            }
            if ("FAILED".equals(status)) {
                throw new IllegalStateException("the replay failed: " + r);
            }
            if (System.nanoTime() - lastReport > Duration.ofSeconds(10).toNanos()) {
                Log.info("  ... %s, progress %.0f%%, %,d events processed", status,
                        r.json().path("progress").asDouble() * 100, r.json().path("eventsProcessed").asLong());
                lastReport = System.nanoTime();
            }
            Thread.sleep(250);
        }
        double replaySeconds = (System.nanoTime() - replayStart) / 1e9;
        Log.info("  replay completed in %.1f s: %.0f events/s", replaySeconds, events / replaySeconds);
        report.row("replay of balances + headcount + inventory: " + count(events) + " events",
                seconds(replaySeconds) + ", " + rate(events / replaySeconds, "event"), "≥ 50,000 events/s",
                events / replaySeconds >= 50_000);
    }

    // --------------------------------------------------------------------------------------------

    private void awaitReadModel(Load load, EventGenerator store, String after) {
        Log.info("waiting for the read models to catch up after the %s", after);
        Duration waited = load.awaitReadModel(Duration.ofHours(1), () -> Log.info("  ... %s", store.progress()));
        Log.info("  caught up in %.1f s", waited.toMillis() / 1000.0);
    }

    /** Logs the phase and tells the memory sampler. */
    private void phase(String name) {
        Log.info("%s", name);
        MemorySampler s = sampler;
        if (s != null) {
            s.phase(name);
        }
    }

    private void warnAbout(Load.Result r, String phase) {
        if (r.serverErrors > 0 || r.transportErrors > 0) {
            Log.warn("%d 5xx and %d transport errors during the %s; samples:", r.serverErrors, r.transportErrors, phase);
            r.samples.forEach(s -> Log.info("    %s", s));
            report.note("**" + r.serverErrors + " answers 5xx and " + r.transportErrors + " transport errors during the "
                    + phase + "**, e.g. `" + r.samples.get(0).replace('`', '\'') + "`");
        } else if (r.errors() > 0) {
            Log.warn("%d non-2xx answers during the %s; samples:", r.errors(), phase);
            r.samples.forEach(s -> Log.info("    %s", s));
            report.note(r.errors() + " non-2xx or rejected answers during the " + phase + ", e.g. `"
                    + r.samples.get(0).replace('`', '\'') + "`");
        }
    }

    /** "100", or "12 of 100 (time cap 120 s)" when the budget cut the sequence short. */
    private String measured(Load.Result r, int planned) {
        long done = r.ok + r.errors();
        return done >= planned ? String.valueOf(planned)
                : done + " of " + planned + " (time cap " + settings.sequentialBudget().toSeconds() + " s)";
    }

    private static String errorsSuffix(Load.Result r) {
        return r.errors() == 0 ? "" : " (" + r.errors() + " errors)";
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Stops the application (also on failure or Ctrl-C) and removes the data directory. */
    private synchronized void cleanUp() {
        reportResourceUse();
        AppProcess a = app;
        if (a != null && a.isAlive()) {
            Log.info("stopping the application (pid %d)", a.pid());
            a.stop(Duration.ofSeconds(60));
        }
        app = null;
        if (dataDir != null && !settings.keepData()) {
            deleteRecursively(dataDir);
            dataDir = null;
        } else if (dataDir != null) {
            Log.info("data directory kept: %s", dataDir);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            Log.warn("could not remove %s: %s", dir, e);
        }
    }
}
