package org.backoffice.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * What to run: the full benchmark, or with --quick short phases and small stores (a smoke run of
 * under three minutes).
 */
record Settings(Path jar, Path out, boolean quick, boolean keepData, String command,
                Duration warmup, Duration measure, int[] clients, Fixture.Size seed,
                Duration lagDuration, int lagSenders, int hotAccountEvents, int sequentialTransfers,
                Duration sequentialBudget, Duration snapshotWait, long replayStoreEvents, int replayTransfersPerPair,
                String only) {

    /** The phases --only can name (after the seeding, which always runs). */
    static final java.util.List<String> PHASES = java.util.List.of("commands", "books", "bank", "networks", "fixed-assets",
            "closing", "trail");

    /** Whether this run measures the phase: every phase, or the one --only names. */
    boolean runs(String phase) {
        return only == null || only.equals(phase);
    }

    static final String USAGE = "usage: benchmark/run [--jar PATH] [--quick] [--out FILE] [--keep-data] [--only PHASE]";

    /** The concurrency whose throughput the targets and the projection-lag rate refer to. */
    static final int REFERENCE_CLIENTS = 16;

    static Settings parse(String[] args) {
        Path jar = null;
        Path out = null;
        boolean quick = false;
        boolean keepData = false;
        String only = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--jar" -> jar = Path.of(value(args, ++i, "--jar")).toAbsolutePath();
                case "--out" -> out = Path.of(value(args, ++i, "--out")).toAbsolutePath();
                case "--quick" -> quick = true;
                case "--keep-data" -> keepData = true;
                case "--only" -> {
                    only = value(args, ++i, "--only");
                    if (!PHASES.contains(only)) {
                        throw new IllegalArgumentException("--only takes one of " + PHASES + "\n" + USAGE);
                    }
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "\n" + USAGE);
            }
        }
        if (jar == null || !Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("--jar must name the application jar (got " + jar + ")\n" + USAGE);
        }
        if (out == null) {
            String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
            out = Path.of("benchmark", "target", "benchmark-" + stamp + ".md").toAbsolutePath();
        }
        String command = System.getProperty("benchmark.command", "benchmark/run " + String.join(" ", args));
        int[] clients = {1, 16, 64};
        if (quick) {
            return new Settings(jar, out, true, keepData, command,
                    Duration.ofSeconds(1), Duration.ofSeconds(5), clients,    // warm-up, measure, clients
                    new Fixture.Size(50, 10, 3, 50),                          // accounts, employees, open positions, assets
                    Duration.ofSeconds(5), 8,                                 // projection lag: duration, senders
                    2_000, 50, Duration.ofSeconds(8), Duration.ofSeconds(3),  // hot account: events, transfers, time cap, snapshot wait
                    50_000, 100, only);                                       // replay: store size, transfers per generated pair
        }
        return new Settings(jar, out, false, keepData, command,
                Duration.ofSeconds(5), Duration.ofSeconds(30), clients,
                new Fixture.Size(200, 40, 5, 200),
                Duration.ofSeconds(30), 8,
                100_000, 100, Duration.ofSeconds(120), Duration.ofSeconds(60),
                1_000_000, 100, only);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args[i];
    }
}
