package org.backoffice.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.backoffice.benchmark.Report.count;
import static org.backoffice.benchmark.Report.fmt;
import static org.backoffice.benchmark.Report.mib;
import static org.backoffice.benchmark.Report.seconds;

/**
 * Closing the books at size (issue 18's targets): a fiscal year 2024 of N entries, M of them in
 * January (1,000,000 and 100,000; 20,000 and 5,000 with --quick), generated straight into the
 * event store with the booking-date lookup the command side keeps (EventGenerator: posting them
 * over REST would take the better part of an hour); the read models catch up as with any events.
 * Then January is closed and sealed (from the close until its seal is visible), the seal is
 * verified, and the year is exported to DATEV, as the tax-audit ZIP and its events as NDJSON, each
 * download counted as it arrives; the peak heap of each step is the sampler's.
 */
final class Closing {

    private final Api api;
    private final EventGenerator store;
    private final Report report;
    private final MemorySampler sampler;
    private final int year;
    private final int january;
    private final String tag = Long.toString(System.nanoTime() % 1_000_000L);

    Closing(Api api, EventGenerator store, Report report, MemorySampler sampler, boolean quick) {
        this.api = api;
        this.store = store;
        this.report = report;
        this.sampler = sampler;
        this.year = quick ? 20_000 : 1_000_000;
        this.january = quick ? 5_000 : 100_000;
    }

    /** Pairs of accounts with numbers DATEV takes (9 digits), unique to this run. */
    private List<EventGenerator.Pair> pairs(int count, int offset) {
        List<EventGenerator.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String base = String.format("%09d", (Long.parseLong(tag) * 1000 + offset + i) % 1_000_000_000L);
            pairs.add(new EventGenerator.Pair(UUID.randomUUID(), UUID.randomUUID(), "1" + base.substring(1),
                    "2" + base.substring(1)));
        }
        return pairs;
    }

    void run() throws Exception {
        long before = store.head();
        int perPair = 1000;
        Log.info("closing: generating a year of %d entries, %d of them in January 2024", year, january);
        long started = System.nanoTime();
        store.generate(pairs(january / perPair, 0), perPair, false, 10, perPair, LocalDate.of(2024, 1, 1), 31);
        store.generate(pairs((year - january) / perPair, 500), perPair, false, 10, perPair, LocalDate.of(2024, 2, 1), 335);
        long after = store.head();
        Log.info("closing: generated in %.0f s; waiting for the read models", (System.nanoTime() - started) / 1e9);
        long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        while (store.processorPositions().getOrDefault("balances", -1L) < after) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the balances read model did not catch up: " + store.progress());
            }
            Thread.sleep(1000);
        }

        api.expect("/api/v1/fiscal-years", "{\"year\": 2024}", 201);
        sampler.phase("close and seal");
        long closing = System.nanoTime();
        api.expect("/api/v1/fiscal-years/2024/periods/1/close", "", 202);
        Api.Response period;
        do {
            Thread.sleep(200);
            period = api.get("/api/v1/fiscal-years/2024/periods/1");
        } while (period.json().path("seal").isMissingNode() || period.json().path("seal").isNull());
        double sealSeconds = (System.nanoTime() - closing) / 1e9;
        long sealed = period.json().path("seal").path("entries").asLong();
        report.row(fmt("closing: January 2024 (%s entries) closed and sealed, from the close until its seal shows",
                count(sealed)), seconds(sealSeconds));

        sampler.phase("verify");
        Api.Response verified = api.get("/api/v1/fiscal-years/2024/periods/1/verification");
        String status = verified.json().path("status").asText();
        report.row(fmt("closing: its seal verified against the events (%s)", status), seconds(verified.nanos() / 1e9));

        sampler.phase("DATEV export");
        Api.Download datev = api.download("/api/v1/exports/datev/bookings?from=2024-01-01&to=2024-12-31", Duration.ofMinutes(30));
        report.row(fmt("closing: DATEV Buchungsstapel of 2024 (%s lines, %s; status %d)", count(datev.lines()),
                mib(datev.bytes()), datev.status()), fmt("%s (%s lines/s)", seconds(datev.nanos() / 1e9),
                count((long) (datev.lines() / (datev.nanos() / 1e9)))));

        sampler.phase("NDJSON export");
        Api.Download events = api.download("/api/v1/audit/events/export?afterPosition=" + before + "&untilPosition=" + after,
                Duration.ofMinutes(30));
        report.row(fmt("closing: the year's %s events as NDJSON (%s; status %d)", count(events.lines()), mib(events.bytes()),
                events.status()), fmt("%s (%s events/s)", seconds(events.nanos() / 1e9),
                count((long) (events.lines() / (events.nanos() / 1e9)))));

        sampler.phase("GoBD export");
        Api.Download gobd = api.download("/api/v1/exports/gobd?year=2024", Duration.ofMinutes(30));
        report.row(fmt("closing: the tax-audit ZIP of 2024 (%s; status %d)", mib(gobd.bytes()), gobd.status()),
                seconds(gobd.nanos() / 1e9));
        report.row("closing: peak heap used while sealing, verifying and exporting",
                fmt("%s (seal), %s (verify), %s (DATEV), %s (NDJSON), %s (GoBD)", heap("close and seal"), heap("verify"),
                        heap("DATEV export"), heap("NDJSON export"), heap("GoBD export")));
    }

    /** The phase's peak heap, or that it ended before the sampler (once a second) saw it. */
    private String heap(String phase) {
        long bytes = sampler.peakHeapBytes(phase);
        return bytes > 0 ? mib(bytes) : "not sampled (under 1 s)";
    }
}
