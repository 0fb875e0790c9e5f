package org.backoffice.benchmark;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.backoffice.benchmark.Api.quote;
import static org.backoffice.benchmark.Report.count;
import static org.backoffice.benchmark.Report.fmt;
import static org.backoffice.benchmark.Report.seconds;

/**
 * The trail at size (issue 21's target): a payroll run of N payments (50,000, issue 22's size for
 * the chunked payroll; 500 with --quick; 10,000 before 2026-12-01)
 * for employees hired over REST for a month no other phase pays, then the run's trail read as an
 * auditor does: the trail itself (causes, references, the first page of effects) and every page
 * of its effects, 500 at a time, each answer timed as the client sees it.
 *
 * <p>The month is January 2025. It was January 2019 until a full run showed why not: the closing
 * phase before this one opens fiscal year 2024 and closes its January, and a closed first period
 * refuses every posting dated before the first fiscal year (it is that year's opening). So each
 * payment of 2019 was refused, settled REJECTED and posted nothing; the trail then held the run's
 * 10,000 settlements, 50 steps and its completion (10,051 effects) instead of 40,051, and the run
 * took half the time of one that posts. January 2025 lies after every year a phase opens and
 * before anyone else the benchmark hires starts (30 days before the run). The phase now reports
 * the payments paid and checks the effects it read against the events the store holds.
 *
 * <p>Nothing is timed while the read models catch up: the phase waits until each of them (the
 * trail's index among them) has reached the store's head before the payroll run and again before
 * it reads the trail, as their tokens say (the closing phase leaves 1.5 million generated events
 * behind it, which they were still indexing when the full run read the trail).
 */
final class Trail {

    private static final int CLIENTS = 16;
    private static final int PAGE = 500;
    private static final YearMonth PERIOD = YearMonth.of(2025, 1);
    /** The read models, as their processors are named in token_entry (ReplayService.PROJECTIONS). */
    private static final List<String> READ_MODELS = List.of("balances", "headcount", "inventory", "trail");
    private static final Duration CATCH_UP = Duration.ofMinutes(30);

    private final Api api;
    private final EventGenerator store;
    private final Report report;
    private final int n;
    private final String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    Trail(Api api, EventGenerator store, Report report, boolean quick) {
        this.api = api;
        this.store = store;
        this.report = report;
        this.n = quick ? 500 : 50_000;
    }

    /**
     * Waits until every read model's processor has reached the store's head as it is now; answers
     * the seconds waited.
     */
    private double awaitReadModels(String before) throws Exception {
        long head = store.head();
        long started = System.nanoTime();
        long lastReport = started;
        Log.info("trail: waiting for the read models to reach the store's head (%d) before %s", head, before);
        while (true) {
            Map<String, Long> positions = store.processorPositions();
            if (READ_MODELS.stream().allMatch(p -> positions.getOrDefault(p, -1L) >= head)) {
                double waited = (System.nanoTime() - started) / 1e9;
                Log.info("trail: caught up in %.1f s", waited);
                return waited;
            }
            long now = System.nanoTime();
            if (now - started > CATCH_UP.toNanos()) {
                throw new IllegalStateException("the read models did not reach position " + head + " within " + CATCH_UP
                        + ": " + store.progress());
            }
            if (now - lastReport > 10_000_000_000L) {
                Log.info("  ... %s", store.progress());
                lastReport = now;
            }
            Thread.sleep(250);
        }
    }

    private UUID open(String number, String name, String type, String group) {
        UUID id = UUID.randomUUID();
        api.expect("/api/v1/accounts", "{\"id\": " + quote(id) + ", \"number\": " + quote("T" + tag + "-" + number)
                + ", \"name\": " + quote(name) + ", \"type\": " + quote(type) + ", \"currency\": \"EUR\", \"group\": "
                + quote(group) + (type.equals("ASSET") ? ", \"overdraftLimit\": {\"amount\": \"1000000000.00\", "
                + "\"currency\": \"EUR\"}" : "") + "}", 201);
        return id;
    }

    void run() throws Exception {
        UUID bank = open("1200", "Bank", "ASSET", "B.IV");
        UUID salaries = open("4120", "Gehälter", "EXPENSE", "GUV.6");
        Log.info("trail: hiring %d employees for %s", n, PERIOD);
        long hiring = System.nanoTime();
        Api.parallel(CLIENTS, n, i -> api.post("/api/v1/employees", "{\"firstName\": \"Trail\", \"lastName\": "
                + quote("E" + i) + ", \"email\": " + quote("trail." + tag + "." + i + "@example.com")
                + ", \"department\": \"Trail\", \"jobTitle\": \"Clerk\", \"startDate\": " + quote(PERIOD.atDay(1).toString())
                + ", \"monthlySalary\": {\"amount\": " + quote((2500 + i % 1000) + ".00") + ", \"currency\": \"EUR\"}}"));
        Log.info("trail: hired in %.0f s", (System.nanoTime() - hiring) / 1e9);
        double before = awaitReadModels("the payroll run");
        report.row("trail: read models caught up with the store before the payroll run (the earlier phases' events "
                + "and the hires)", seconds(before));

        Log.info("trail: starting the run");
        long started = System.nanoTime();
        String startedRun = api.expect("/api/v1/payroll-runs", "{\"period\": " + quote(PERIOD.toString()) + ", \"bankAccountId\": "
                + quote(bank) + ", \"salaryExpenseAccountId\": " + quote(salaries) + "}", 202).json().path("id").asText();
        // Polled in the audit log, which answers with one small event, not the run with every payment so far.
        while (api.get("/api/v1/audit/events?aggregateId=" + startedRun + "&eventType=PayrollRunCompletedEvent").json()
                .path("events").isEmpty()) {
            Thread.sleep(250);
        }
        double paidSeconds = (System.nanoTime() - started) / 1e9;
        JsonNode run = api.get("/api/v1/payroll-runs/" + PERIOD).json();
        while (!run.path("status").asText().equals("COMPLETED")) { // the read model a moment behind the store
            Thread.sleep(250);
            run = api.get("/api/v1/payroll-runs/" + PERIOD).json();
        }
        int payments = run.path("payments").size();
        int rejected = run.path("rejected").asInt();
        report.row("payroll run of " + count(payments) + " payments, from the request until every payment is posted",
                seconds(paidSeconds) + " (" + fmt("%.0f", payments / paidSeconds) + " payments/s)");
        report.row("payroll run: payments paid (a refused one posts nothing: one effect in the trail instead of four)",
                count(payments - rejected) + " of " + count(payments), "all of " + count(n),
                payments == n && rejected == 0);
        if (rejected > 0) {
            for (JsonNode payment : run.path("payments")) {
                if ("REJECTED".equals(payment.path("status").asText())) {
                    report.note("The trail's payroll run of " + PERIOD + " had " + count(rejected) + " of its " + count(payments)
                            + " payments refused, e.g. `" + payment.path("reason").asText().replace('`', '\'') + "`");
                    break;
                }
            }
        }

        String runId = run.path("id").asText();
        JsonNode start = event(runId, "PayrollRunStartedEvent");
        long position = start.path("position").asLong();
        double after = awaitReadModels("reading the trail");
        report.row("trail: read models caught up with the store after the payroll run", seconds(after));
        long expected = store.eventsFollowingFrom(position, start.path("eventId").asText(),
                start.path("metadata").path("causationId").asText(null));

        Api.Response first = api.get("/api/v1/audit/trail/" + position + "?limit=" + PAGE);
        if (!first.ok()) {
            throw new IllegalStateException("the run's trail answered " + first);
        }
        List<Double> pages = new ArrayList<>();
        long effects = first.json().path("effects").path("effects").size();
        JsonNode next = first.json().path("effects").path("nextPosition");
        long walking = System.nanoTime();
        while (!next.isMissingNode() && !next.isNull()) {
            Api.Response page = api.get("/api/v1/audit/trail/" + position + "/effects?limit=" + PAGE + "&afterPosition="
                    + next.asLong());
            if (!page.ok()) {
                throw new IllegalStateException("a page of the run's effects answered " + page);
            }
            pages.add(page.millis());
            effects += page.json().path("effects").size();
            next = page.json().path("nextPosition");
        }
        double walkSeconds = (System.nanoTime() - walking) / 1e9;
        double worst = pages.stream().mapToDouble(Double::doubleValue).max().orElse(first.millis());
        double median = pages.isEmpty() ? first.millis() : pages.stream().sorted().toList().get(pages.size() / 2);
        report.row("trail of that run: the trail with its first " + PAGE + " effects",
                Report.ms(first.millis()), "< 1 s", first.millis() < 1000);
        report.row("trail of that run: each further page of " + PAGE + " effects (" + pages.size() + " pages, "
                        + count(effects) + " effects in all, walked in " + seconds(walkSeconds) + ")",
                "median " + Report.ms(median) + ", slowest " + Report.ms(worst), "< 1 s", worst < 1000);
        report.row("trail of that run: effects read against the events the store holds that follow from the run's start",
                count(effects) + " of " + count(expected), "all", effects == expected);
    }

    /** The aggregate's first stored event of this type, as the audit log shows it. */
    private JsonNode event(String aggregateId, String type) {
        JsonNode events = api.get("/api/v1/audit/events?aggregateId=" + aggregateId + "&eventType=" + type).json();
        if (events.path("events").isEmpty()) {
            throw new IllegalStateException("no " + type + " of " + aggregateId);
        }
        return events.path("events").path(0);
    }
}
