package org.backoffice.benchmark;

import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.backoffice.benchmark.Api.quote;
import static org.backoffice.benchmark.Report.count;
import static org.backoffice.benchmark.Report.fmt;
import static org.backoffice.benchmark.Report.ms;
import static org.backoffice.benchmark.Report.percentileMs;
import static org.backoffice.benchmark.Report.rate;
import static org.backoffice.benchmark.Report.seconds;

/**
 * The books (issue 16): what a journal entry costs beside a transfer, what 20 legs cost beside 2,
 * and how fast the statements and the VAT return answer over a large ledger. On the running
 * benchmark application: its own accounts (with account groups) and its own tax code, so that
 * the rest of the store does not matter; then a year of taxed invoices, and each report asked
 * repeatedly.
 */
final class Books {

    private static final int CLIENTS = 16;

    private final Api api;
    private final Report report;
    private final boolean quick;
    private final String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();

    private UUID bank;
    private UUID equity;
    private UUID receivables;
    private UUID vat;
    private final List<UUID> revenues = new ArrayList<>();
    private final List<UUID> expenses = new ArrayList<>();

    Books(Api api, Report report, boolean quick) {
        this.api = api;
        this.report = report;
        this.quick = quick;
    }

    void run() throws Exception {
        Log.info("books: setting up accounts and a tax code");
        setUp();
        latency();
        throughput();
        reports();
    }

    private UUID open(String number, String name, String type, String group, String overdraft) {
        UUID id = UUID.randomUUID();
        api.expect("/api/v1/accounts", "{\"id\": " + quote(id) + ", \"number\": " + quote("B" + tag + "-" + number)
                + ", \"name\": " + quote(name) + ", \"type\": " + quote(type) + ", \"currency\": \"EUR\", \"group\": "
                + quote(group) + (overdraft == null ? "" : ", \"overdraftLimit\": {\"amount\": " + quote(overdraft)
                + ", \"currency\": \"EUR\"}") + "}", 201);
        return id;
    }

    private void setUp() {
        bank = open("1200", "Bank", "ASSET", "B.IV", "1000000000.00");
        equity = open("0800", "Kapital", "EQUITY", "P.A.I", null);
        receivables = open("1400", "Forderungen", "ASSET", "B.II.1", null);
        vat = open("1776", "Umsatzsteuer 19 %", "LIABILITY", "P.C.8", null);
        for (int i = 0; i < 10; i++) {
            revenues.add(open("84" + String.format("%02d", i), "Erlöse " + i, "REVENUE", "GUV.1", null));
            expenses.add(open("49" + String.format("%02d", i), "Aufwand " + i, "EXPENSE", "GUV.8", null));
        }
        api.expect("/api/v1/tax-codes", "{\"code\": " + quote("B" + tag) + ", \"name\": \"Benchmark 19 %\", "
                + "\"kind\": \"OUTPUT\", \"baseBox\": \"81\", \"validFrom\": \"2000-01-01\", \"rate\": \"19\", "
                + "\"taxAccountId\": " + quote(vat) + "}", 201);
    }

    private static String leg(UUID account, String side, String amount, String taxCode) {
        return "{\"accountId\": " + quote(account) + ", \"side\": \"" + side + "\", \"amount\": {\"amount\": "
                + quote(amount) + ", \"currency\": \"EUR\"}" + (taxCode == null ? "" : ", \"taxCode\": " + quote(taxCode)) + "}";
    }

    private String entry(String number, String series, String day, String text, List<String> legs) {
        return "{" + (number != null ? "\"documentNumber\": " + quote(number) : "\"documentSeries\": " + quote(series))
                + ", \"bookingDate\": " + quote(day) + ", \"text\": " + quote(text) + ", \"legs\": ["
                + String.join(", ", legs) + "]}";
    }

    private Api.Response transfer() {
        return api.post("/api/v1/transactions", Commands.transfer(UUID.randomUUID(), bank, equity, "1.00", "bench"));
    }

    private Api.Response twoLegs(boolean drawn) {
        return api.post("/api/v1/journal-entries", entry(drawn ? null : "E" + UUID.randomUUID().toString().substring(0, 30),
                "B2" + tag.substring(0, Math.min(tag.length(), 6)), "2026-06-30", "bench 2",
                List.of(leg(bank, "DEBIT", "1.00", null), leg(equity, "CREDIT", "1.00", null))));
    }

    private Api.Response twentyLegs() {
        List<String> legs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            legs.add(leg(expenses.get(i), "DEBIT", "1.00", null));
            legs.add(leg(revenues.get(i), "CREDIT", "1.00", null));
        }
        return api.post("/api/v1/journal-entries", entry("T" + UUID.randomUUID().toString().substring(0, 30), null,
                "2026-06-30", "bench 20", legs));
    }

    /** One client, the three kinds interleaved so that they share the same conditions. */
    private void latency() {
        int n = quick ? 200 : 1000;
        Log.info("books: %d each of transfer, 2-leg entry and 20-leg entry, one client", n);
        for (int i = 0; i < 100; i++) { // warm-up
            check(transfer());
            check(twoLegs(false));
            check(twentyLegs());
        }
        Histogram t = Load.histogram();
        Histogram two = Load.histogram();
        Histogram twenty = Load.histogram();
        for (int i = 0; i < n; i++) {
            record(t, check(transfer()));
            record(two, check(twoLegs(false)));
            record(twenty, check(twentyLegs()));
        }
        double ratio2 = two.getMean() / t.getMean();
        double ratio20 = twenty.getMean() / two.getMean();
        report.row(fmt("books, one client: a transfer (%d)", n), fmt("mean %s, p50 %s, p99 %s", ms(t.getMean() / 1000),
                ms(percentileMs(t, 50)), ms(percentileMs(t, 99))));
        report.row(fmt("books, one client: a 2-leg journal entry with a given number (%d)", n),
                fmt("mean %s, p50 %s, p99 %s (%.2f× a transfer)", ms(two.getMean() / 1000), ms(percentileMs(two, 50)),
                        ms(percentileMs(two, 99)), ratio2), "≤ a transfer (≤ 1.10× allowing noise)", ratio2 <= 1.10);
        report.row(fmt("books, one client: a 20-leg journal entry, 20 accounts (%d)", n),
                fmt("mean %s, p50 %s, p99 %s (%.2f× a 2-leg entry)", ms(twenty.getMean() / 1000), ms(percentileMs(twenty, 50)),
                        ms(percentileMs(twenty, 99)), ratio20), "well under 10× a 2-leg entry", ratio20 < 5);
    }

    private static void record(Histogram h, Api.Response r) {
        h.recordValue(Math.min(h.getHighestTrackableValue(), Math.max(1, r.nanos() / 1000)));
    }

    private static Api.Response check(Api.Response r) {
        if (r.status() != 201 && r.status() != 202) {
            throw new IllegalStateException("books: " + r);
        }
        if (r.status() == 202 && !r.text("status").equals("COMPLETED")) {
            throw new IllegalStateException("books: a transfer was not completed: " + r);
        }
        return r;
    }

    /**
     * 16 clients: transfers, entries with given numbers, entries drawn from one series, in
     * alternating slices (three rounds) so that none of them runs on a store the others have not
     * grown yet.
     */
    private void throughput() throws Exception {
        Duration slice = Duration.ofSeconds(quick ? 2 : 5);
        double[] done = new double[3];
        double[] seconds = new double[3];
        for (int round = 0; round < 3; round++) {
            double[] t = run(slice, this::transfer);
            double[] g = run(slice, () -> twoLegs(false));
            double[] d = run(slice, () -> twoLegs(true));
            done[0] += t[0];
            seconds[0] += t[1];
            done[1] += g[0];
            seconds[1] += g[1];
            done[2] += d[0];
            seconds[2] += d[1];
        }
        double transfers = done[0] / seconds[0];
        double given = done[1] / seconds[1];
        double drawn = done[2] / seconds[2];
        report.row(fmt("books, %d clients: transfers (3 slices of %d s)", CLIENTS, slice.toSeconds()),
                rate(transfers, "commands"));
        report.row(fmt("books, %d clients: 2-leg entries, given numbers (3 slices, alternating)", CLIENTS),
                fmt("%s (%.2f× transfers)", rate(given, "entries"), given / transfers),
                "≥ transfers (≥ 0.90× allowing noise)", given >= 0.9 * transfers);
        report.row(fmt("books, %d clients: 2-leg entries drawn from one number series (3 slices, alternating)", CLIENTS),
                fmt("%s (%.2f× transfers; one series is one row locked until each entry commits: gapless numbering is serial)",
                        rate(drawn, "entries"), drawn / transfers));
    }

    /** Commands done and seconds taken by 16 clients sending this command for the duration. */
    private double[] run(Duration duration, java.util.function.Supplier<Api.Response> command) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    check(command.get());
                    done.incrementAndGet();
                }
            }));
        }
        for (Future<?> f : clients) {
            f.get();
        }
        pool.shutdown();
        return new double[] {done.get(), (System.nanoTime() - start) / 1e9};
    }

    /** A year of taxed invoices, then each report asked again and again. */
    private void reports() throws Exception {
        int entries = quick ? 10_000 : 100_000;
        Log.info("books: booking %d taxed invoices over 2026 with %d clients", entries, CLIENTS);
        String code = "B" + tag;
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < entries; i = next.getAndIncrement()) {
                    String day = LocalDate.of(2026, 1, 1).plusDays(i % 365).toString();
                    int cents = 100 + (i * 37) % 99_900;
                    String net = String.format("%d.%02d", cents / 100, cents % 100);
                    String gross = new java.math.BigDecimal(net).multiply(new java.math.BigDecimal("1.19"))
                            .setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
                    check(api.post("/api/v1/journal-entries", entry("I" + tag + "-" + i, null, day, "invoice " + i,
                            List.of(leg(receivables, "DEBIT", gross, null), leg(revenues.get(i % 10), "CREDIT", net, code)))));
                }
            }));
        }
        for (Future<?> f : clients) {
            f.get();
        }
        pool.shutdown();
        double secondsTaken = (System.nanoTime() - start) / 1e9;
        report.row(fmt("books: %s taxed invoices (3 legs) booked by %d clients", count(entries), CLIENTS),
                fmt("%s (%s)", seconds(secondsTaken), rate(entries / secondsTaken, "entries")));
        // The read model has caught up when an entry booked after all of them is visible.
        Api.Response last = check(twoLegs(false));
        String lastId = last.text("id");
        long waitStart = System.nanoTime();
        while (api.get("/api/v1/transactions/" + lastId).status() != 200) {
            Thread.sleep(100);
            if (System.nanoTime() - waitStart > Duration.ofMinutes(10).toNanos()) {
                throw new IllegalStateException("books: the read model did not catch up in 10 minutes");
            }
        }
        report.row("books: read model caught up after the last invoice", seconds((System.nanoTime() - waitStart) / 1e9));
        timeReport("VAT return of a quarter (2026-Q2)", "/api/v1/reports/vat-return?period=2026-Q2&currency=EUR");
        timeReport("balance sheet on 2026-12-31", "/api/v1/reports/balance-sheet?date=2026-12-31");
        timeReport("profit and loss 2026", "/api/v1/reports/profit-and-loss?from=2026-01-01&to=2026-12-31");
        timeReport("trial balance 2026", "/api/v1/reports/trial-balance?from=2026-01-01&to=2026-12-31");
    }

    private void timeReport(String name, String path) {
        int times = 20;
        Histogram h = Load.histogram();
        for (int i = 0; i < times + 3; i++) {
            Api.Response r = api.get(path);
            if (r.status() != 200) {
                throw new IllegalStateException("books: " + path + " answered " + r);
            }
            if (i >= 3) {
                record(h, r);
            }
        }
        double worst = h.getMaxValue() / 1000.0;
        report.row(fmt("books: %s over the ledger above (%d times)", name, times),
                fmt("p50 %s, max %s", ms(percentileMs(h, 50)), ms(worst)), "< 1 s", worst < 1000);
    }
}
