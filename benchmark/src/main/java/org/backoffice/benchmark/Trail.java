package org.backoffice.benchmark;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.backoffice.benchmark.Api.quote;
import static org.backoffice.benchmark.Report.count;
import static org.backoffice.benchmark.Report.fmt;
import static org.backoffice.benchmark.Report.seconds;

/**
 * The trail at size (issue 21's target): a payroll run of N payments (10,000; 500 with --quick)
 * for employees hired over REST for a month no other phase pays (January 2019), then the run's
 * trail read as an auditor does: the trail itself (causes, references, the first page of
 * effects) and every page of its effects, 500 at a time, each answer timed as the client sees it.
 */
final class Trail {

    private static final int CLIENTS = 16;
    private static final int PAGE = 500;

    private final Api api;
    private final Report report;
    private final int n;
    private final String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    Trail(Api api, Report report, boolean quick) {
        this.api = api;
        this.report = report;
        this.n = quick ? 500 : 10_000;
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
        Log.info("trail: hiring %d employees for January 2019", n);
        long hiring = System.nanoTime();
        Api.parallel(CLIENTS, n, i -> api.post("/api/v1/employees", "{\"firstName\": \"Trail\", \"lastName\": "
                + quote("E" + i) + ", \"email\": " + quote("trail." + tag + "." + i + "@example.com")
                + ", \"department\": \"Trail\", \"jobTitle\": \"Clerk\", \"startDate\": \"2019-01-01\", "
                + "\"monthlySalary\": {\"amount\": " + quote((2500 + i % 1000) + ".00") + ", \"currency\": \"EUR\"}}"));
        Log.info("trail: hired in %.0f s; starting the run", (System.nanoTime() - hiring) / 1e9);
        long started = System.nanoTime();
        api.expect("/api/v1/payroll-runs", "{\"period\": \"2019-01\", \"bankAccountId\": " + quote(bank)
                + ", \"salaryExpenseAccountId\": " + quote(salaries) + "}", 202);
        JsonNode run;
        do {
            Thread.sleep(1000);
            run = api.get("/api/v1/payroll-runs/2019-01").json();
        } while (!run.path("status").asText().equals("COMPLETED"));
        double paidSeconds = (System.nanoTime() - started) / 1e9;
        int payments = run.path("payments").size();
        report.row("payroll run of " + count(payments) + " payments, from the request until every payment is posted",
                seconds(paidSeconds) + " (" + fmt("%.0f", payments / paidSeconds) + " payments/s)");

        String runId = run.path("id").asText();
        long position = eventPosition(runId, "PayrollRunStartedEvent");
        // The trail's index follows the store in order: once it holds the run's completion, it holds every posting.
        long completed = eventPosition(runId, "PayrollRunCompletedEvent");
        long waiting = System.nanoTime();
        while (api.get("/api/v1/audit/trail/" + completed + "?limit=1").status() != 200) {
            if (System.nanoTime() - waiting > 600_000_000_000L) {
                throw new IllegalStateException("the trail's index did not reach the run's completion");
            }
            Thread.sleep(500);
        }
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
    }

    private long eventPosition(String aggregateId, String type) {
        JsonNode events = api.get("/api/v1/audit/events?aggregateId=" + aggregateId + "&eventType=" + type).json();
        if (events.path("events").isEmpty()) {
            throw new IllegalStateException("no " + type + " of " + aggregateId);
        }
        return events.path("events").path(0).path("position").asLong();
    }
}
