package org.backoffice.benchmark;

import org.HdrHistogram.Histogram;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.backoffice.benchmark.Api.quote;
import static org.backoffice.benchmark.Report.fmt;
import static org.backoffice.benchmark.Report.ms;
import static org.backoffice.benchmark.Report.percentileMs;
import static org.backoffice.benchmark.Report.rate;

/**
 * A /16 network at size (issue 19's target): N addresses (10,000; 1,000 with --quick) assigned to
 * devices by 8 clients, then every tenth of them released again so that the free space is N/10
 * gaps plus the rest of the /16. Measured with one client: the network with its next free address,
 * the 10 lowest free addresses, and an assignment into a gap; and PostgreSQL's plan of the next
 * free address, which must touch an index entry or two, not the N addresses taken.
 */
final class Networks {

    private static final int CLIENTS = 8;
    private static final int SAMPLES = 500;

    private final Api api;
    private final EventGenerator store;
    private final Report report;
    private final int n;

    Networks(Api api, EventGenerator store, Report report, boolean quick) {
        this.api = api;
        this.store = store;
        this.report = report;
        this.n = quick ? 1_000 : 10_000;
    }

    private static String address(int i) {
        int v = (10 << 24) | (128 << 16) | (i + 2); // 10.128.0.2 upwards: past the network address and the gateway
        return ((v >>> 24) & 255) + "." + ((v >>> 16) & 255) + "." + ((v >>> 8) & 255) + "." + (v & 255);
    }

    private static void record(Histogram h, Api.Response r) {
        h.recordValue(Math.min(h.getHighestTrackableValue(), Math.max(1, r.nanos() / 1000)));
    }

    void run() throws Exception {
        String site = api.expect("/api/v1/sites", "{\"name\": " + quote("Benchmark " + UUID.randomUUID()) + "}", 201).text("id");
        String network = api.expect("/api/v1/networks", "{\"siteId\": " + quote(site) + ", \"name\": \"Benchmark /16\", "
                + "\"prefix\": \"10.128.0.0/16\", \"gateway\": \"10.128.0.1\"}", 201).text("id");
        List<String> devices = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            devices.add(api.expect("/api/v1/assets", "{\"type\": \"NETWORK_DEVICE\", \"serialNumber\": " + quote("NET-" + UUID.randomUUID())
                    + ", \"model\": \"benchmark\"}", 201).text("id"));
        }
        Log.info("networks: %d addresses of a /16 assigned by %d clients", n, CLIENTS);
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            work.add(pool.submit(() -> {
                for (int i = client; i < n; i += CLIENTS) {
                    api.expect("/api/v1/networks/" + network + "/addresses", "{\"address\": " + quote(address(i))
                            + ", \"assetId\": " + quote(devices.get(i % devices.size())) + "}", 201);
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        double assignSeconds = (System.nanoTime() - started) / 1e9;
        for (int i = 0; i < n; i += 10) {
            api.expect("/api/v1/networks/" + network + "/addresses/" + address(i) + "/release", "{}", 200);
        }
        int held = n - (n + 9) / 10;
        while (api.get("/api/v1/networks/" + network).json().path("assigned").asInt() != held) {
            Thread.sleep(100);
        }
        report.row(fmt("networks: %,d addresses of a /16 assigned, %d clients", n, CLIENTS),
                fmt("%.1f s (%s)", assignSeconds, rate(n / assignSeconds, "assignments")));

        Histogram next = Load.histogram();
        Histogram lowest = Load.histogram();
        Histogram assign = Load.histogram();
        for (int i = 0; i < 50; i++) { // warm-up
            api.get("/api/v1/networks/" + network);
            api.get("/api/v1/networks/" + network + "/free-addresses?limit=10");
        }
        String expected = address(0);
        for (int i = 0; i < SAMPLES; i++) {
            Api.Response r = api.get("/api/v1/networks/" + network);
            if (!r.ok() || !r.text("nextFree").equals(expected)) {
                throw new IllegalStateException("networks: next free should be " + expected + ": " + r);
            }
            record(next, r);
            record(lowest, api.get("/api/v1/networks/" + network + "/free-addresses?limit=10"));
        }
        // Assignments into the gaps the releases left (one client), with the read model's answer afterwards.
        int gaps = Math.min(SAMPLES, (n + 9) / 10);
        for (int g = 0; g < gaps; g++) {
            Api.Response r = api.post("/api/v1/networks/" + network + "/addresses", "{\"address\": " + quote(address(g * 10))
                    + ", \"assetId\": " + quote(devices.get(g % devices.size())) + "}");
            if (r.status() != 201) {
                throw new IllegalStateException("networks: " + r);
            }
            record(assign, r);
        }
        report.row(fmt("networks: the network with its next free address, %,d held, %,d gaps (%d)", held, (n + 9) / 10, SAMPLES),
                fmt("p50 %s, p99 %s", ms(percentileMs(next, 50)), ms(percentileMs(next, 99))), "milliseconds", percentileMs(next, 99) < 50);
        report.row(fmt("networks: the 10 lowest free addresses (%d)", SAMPLES),
                fmt("p50 %s, p99 %s", ms(percentileMs(lowest, 50)), ms(percentileMs(lowest, 99))), "milliseconds", percentileMs(lowest, 99) < 50);
        report.row(fmt("networks: an assignment into a gap, one client (%d)", gaps),
                fmt("p50 %s, p99 %s", ms(percentileMs(assign, 50)), ms(percentileMs(assign, 99))), "milliseconds", percentileMs(assign, 99) < 50);
        String plan = store.explain("select first_value from free_range where pool_id = '" + network + "' order by first_value limit 1");
        report.row("networks: PostgreSQL's plan of the next free address", "`" + plan.replace("`", "'") + "`",
                "an index lookup, not a scan", plan.contains("Index") && !plan.contains("Seq Scan"));
    }
}
