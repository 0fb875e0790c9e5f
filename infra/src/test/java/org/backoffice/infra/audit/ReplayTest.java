package org.backoffice.infra.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.ApiTest;
import org.backoffice.infra.support.Hr;
import org.backoffice.infra.support.It;
import org.backoffice.infra.support.Ledger;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A few thousand events of every kind, every read model recorded row for row, all projections
 * replayed while the read endpoints keep answering, and the rebuilt read models compared exactly.
 */
class ReplayTest extends ApiTest {

    private static final long SEED = 20261127L;

    /** Every read-model table, with the order that makes its rows comparable. */
    private static final Map<String, String> READ_MODELS = new LinkedHashMap<>();

    static {
        READ_MODELS.put("account_view", "id");
        READ_MODELS.put("ledger_entry", "account_id, transaction_id");
        READ_MODELS.put("transaction_view", "id");
        READ_MODELS.put("payroll_run_view", "run_id");
        READ_MODELS.put("payroll_payment_view", "run_id, employee_id");
        READ_MODELS.put("employee_view", "id");
        READ_MODELS.put("employee_assignment", "employee_id, sequence");
        READ_MODELS.put("employee_salary", "employee_id, sequence");
        READ_MODELS.put("position_view", "id");
        READ_MODELS.put("asset_view", "id");
        READ_MODELS.put("asset_status_history", "asset_id, sequence");
        READ_MODELS.put("site_view", "id");
        READ_MODELS.put("network_view", "id");
        READ_MODELS.put("ip_address_view", "address_id, sequence");
        READ_MODELS.put("free_range", "pool_id, first_value");
        READ_MODELS.put("number_block_view", "id");
        READ_MODELS.put("phone_number_view", "number_id, sequence");
        READ_MODELS.put("licence_view", "id");
        READ_MODELS.put("licence_version", "licence_id, sequence");
        READ_MODELS.put("licence_seat_view", "licence_id, sequence");
        READ_MODELS.put("leave_account_view", "employee_id");
        READ_MODELS.put("leave_entitlement_view", "employee_id, from_year");
        READ_MODELS.put("leave_view", "leave_id");
        READ_MODELS.put("employee_erasure_view", "employee_id, retention_class");
        READ_MODELS.put("checklist_view", "id");
        READ_MODELS.put("checklist_task_view", "checklist_id, task_key");
        READ_MODELS.put("disciplinary_action_view", "action_id");
        READ_MODELS.put("conflict_case_view", "conflict_id");
        READ_MODELS.put("conflict_mediator_view", "conflict_id, sequence");
        READ_MODELS.put("conflict_session_view", "session_id");
        READ_MODELS.put("conflict_session_note_view", "session_id, employee_id");
        READ_MODELS.put("conflict_follow_up_view", "follow_up_id");
        READ_MODELS.put("trail_link", "event_id");
        READ_MODELS.put("trail_reference", "event_id, role, referenced_event_id, referenced_aggregate_id, scope_aggregate_id");
    }

    private Map<String, List<Map<String, Object>>> readModels() {
        Map<String, List<Map<String, Object>>> all = new LinkedHashMap<>();
        READ_MODELS.forEach((table, order) -> all.put(table,
                jdbc.queryForList("select * from " + table + " order by " + order).stream().map(ReplayTest::comparable).toList()));
        return all;
    }

    /** A row whose SQL arrays (a leave's working days) compare by their elements. */
    private static Map<String, Object> comparable(Map<String, Object> row) {
        Map<String, Object> values = new LinkedHashMap<>();
        row.forEach((column, value) -> {
            try {
                values.put(column, value instanceof java.sql.Array array ? List.of((Object[]) array.getArray()) : value);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return values;
    }

    private void populate(Random random) throws Exception {
        Ledger ledger = new Ledger(api);
        Hr hr = new Hr(api);
        It it = new It(api);
        List<String> banks = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            banks.add(ledger.openBank(unique("10"), "100000.00"));
        }
        for (String type : List.of("EXPENSE", "REVENUE", "EQUITY", "LIABILITY", "EXPENSE", "REVENUE")) {
            others.add(ledger.open(unique("40"), type, null));
        }
        String salaries = ledger.open(unique("64"), "EXPENSE", null);
        List<String> leavers = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            long seed = random.nextLong();
            work.add(pool.submit(() -> {
                Random r = new Random(seed);
                List<String> mine = new ArrayList<>();
                for (int i = 0; i < 150; i++) {
                    String bank = banks.get(r.nextInt(banks.size()));
                    String other = others.get(r.nextInt(others.size()));
                    String amount = (1 + r.nextInt(500)) + "." + (10 + r.nextInt(90));
                    Api.Response tx = r.nextBoolean() ? ledger.post("TRANSFER", bank, other, amount, "replay")
                            : ledger.post("TRANSFER", other, bank, amount, "replay");
                    if (r.nextInt(10) == 0 && "COMPLETED".equals(tx.text("status"))) {
                        api.post("accounting", "/api/v1/transactions/" + tx.text("id") + "/reversal", "{\"reason\": \"replay\"}");
                    }
                }
                for (int i = 0; i < 15; i++) {
                    String dept = "Replay" + r.nextInt(3);
                    String e = hr.hire("R" + i, "Eplay", dept, LocalDate.of(2022, 1 + r.nextInt(4), 1 + r.nextInt(28)), "3000.00");
                    mine.add(e);
                    api.post("hr", "/api/v1/employees/" + e + "/salary-change",
                            "{\"monthlySalary\": {\"amount\": \"3300.00\", \"currency\": \"EUR\"}, \"effectiveDate\": \"2022-06-01\"}");
                    if (r.nextBoolean()) {
                        api.post("hr", "/api/v1/employees/" + e + "/transfer", "{\"department\": \"Replay" + r.nextInt(3)
                                + "\", \"jobTitle\": \"Moved\", \"effectiveDate\": \"2022-08-01\"}");
                    }
                }
                for (int i = 0; i < 25; i++) {
                    String asset = it.register(List.of("LAPTOP", "PHONE", "MONITOR", "PRINTER").get(r.nextInt(4)), "replay");
                    switch (r.nextInt(4)) {
                        case 0 -> it.assign(asset, mine.get(r.nextInt(mine.size())));
                        case 1 -> api.post("it", "/api/v1/assets/" + asset + "/installation", "{\"location\": \"Floor " + r.nextInt(5) + "\"}");
                        case 2 -> api.post("it", "/api/v1/assets/" + asset + "/repair", "{\"description\": \"replay\"}");
                        default -> api.post("it", "/api/v1/assets/" + asset + "/retirement", "{\"reason\": \"replay\"}");
                    }
                }
                // Leave: a vacation approved, another refused, a sick week, unpaid leave cancelled.
                for (int i = 3; i < 8; i++) {
                    String e = mine.get(i);
                    String base = "/api/v1/employees/" + e + "/leave";
                    String vacation = api.post("hr", base, "{\"type\": \"ANNUAL\", \"firstDay\": \"2022-07-11\", "
                            + "\"lastDay\": \"2022-07-15\", \"note\": \"replay\"}").text("id");
                    api.post("hr", base + "/" + vacation + "/approval", null);
                    String refused = api.post("hr", base, "{\"type\": \"ANNUAL\", \"firstDay\": \"2022-08-08\", "
                            + "\"lastDay\": \"2022-08-09\"}").text("id");
                    api.post("hr", base + "/" + refused + "/refusal", "{\"reason\": \"busy\"}");
                    api.post("hr", base, "{\"type\": \"SICK\", \"firstDay\": \"2022-09-05\", \"lastDay\": \"2022-09-09\"}");
                    String unpaid = api.post("hr", base, "{\"type\": \"UNPAID\", \"firstDay\": \"2022-10-03\", "
                            + "\"lastDay\": \"2022-10-04\"}").text("id");
                    api.post("hr", base + "/" + unpaid + "/approval", null);
                    api.post("hr", base + "/" + unpaid + "/cancellation", "{\"reason\": \"replay\"}");
                    api.post("hr", "/api/v1/employees/" + e + "/leave-entitlement", "{\"fromYear\": 2023, \"annualDays\": \"28\"}");
                }
                for (int i = 0; i < 3; i++) {
                    hr.terminate(mine.get(i), LocalDate.of(2022, 9, 15));
                }
                leavers.add(mine.get(0));
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        hr.openPosition("Replay position", "Replay0");
        // Networks, numbers and licences: free ranges split and merged again, versions, releases.
        String router = it.register("NETWORK_DEVICE", "replay router");
        String phone = it.register("PHONE", "replay phone");
        String site = api.post("it", "/api/v1/sites", "{\"name\": \"" + unique("Replay site") + "\"}").text("id");
        String net = api.post("it", "/api/v1/networks", "{\"siteId\": \"" + site + "\", \"name\": \"replay\", "
                + "\"prefix\": \"10.99.0.0/24\", \"gateway\": \"10.99.0.1\"}").text("id");
        for (String address : List.of("10.99.0.2", "10.99.0.3", "10.99.0.4")) {
            api.post("it", "/api/v1/networks/" + net + "/addresses", "{\"address\": \"" + address + "\", \"assetId\": \"" + router + "\"}");
        }
        api.post("it", "/api/v1/networks/" + net + "/addresses/10.99.0.3/release", null);
        String block = api.post("it", "/api/v1/number-blocks", "{\"name\": \"replay\", \"kind\": \"EXTENSIONS\", \"first\": \"8800\", "
                + "\"size\": 10}").text("id");
        api.post("it", "/api/v1/number-blocks/" + block + "/numbers", "{\"number\": \"8803\", \"assetId\": \"" + phone + "\"}");
        String licence = api.post("it", "/api/v1/licences", "{\"product\": \"replay\", \"seats\": 2, \"costPerPeriod\": "
                + "{\"amount\": \"10.00\", \"currency\": \"EUR\"}, \"billingPeriod\": \"YEARLY\", \"renewalDate\": \"2030-01-01\"}").text("id");
        api.post("it", "/api/v1/licences/" + licence + "/seat-assignments", "{\"assetId\": \"" + phone + "\"}");
        api.post("it", "/api/v1/licences/" + licence + "/seats", "{\"seats\": 3}");
        api.post("it", "/api/v1/assets/" + phone + "/retirement", "{\"reason\": \"replay\"}");
        api.post("accounting", "/api/v1/payroll-runs", "{\"period\": \"2022-07\", \"bankAccountId\": \"" + banks.get(0)
                + "\", \"salaryExpenseAccountId\": \"" + salaries + "\"}");
        // Procedures: a written warning withdrawn, a conflict with its mediator, a session, a follow-up, escalated.
        List<String> staying = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            staying.add(hr.hire("Stay" + i, "Eplay", "Replay0", LocalDate.of(2022, 1, 3), "3000.00"));
        }
        String warning = api.post("hr", "/api/v1/employees/" + staying.get(0) + "/disciplinary-actions",
                "{\"level\": \"WRITTEN_WARNING\", \"reason\": \"late\", \"date\": \"2022-05-02\"}").text("id");
        api.post("hr", "/api/v1/employees/" + staying.get(0) + "/disciplinary-actions/" + warning + "/withdrawal", "{\"reason\": \"replay\"}");
        api.post("hr", "/api/v1/employees/" + staying.get(1) + "/disciplinary-actions",
                "{\"level\": \"VERBAL_WARNING\", \"reason\": \"noise\", \"date\": \"2022-06-01\"}");
        String conflict = "/api/v1/conflicts/" + api.post("hr", "/api/v1/conflicts", "{\"employeeIds\": [\"" + staying.get(0) + "\", \""
                + staying.get(1) + "\"], \"description\": \"replay\"}").text("id");
        api.post("hr", conflict + "/mediator", "{\"mediatorId\": \"" + staying.get(2) + "\"}");
        api.post("hr", conflict + "/sessions", "{\"date\": \"" + LocalDate.now() + "\", \"notes\": [{\"employeeId\": \""
                + staying.get(0) + "\", \"note\": \"one\"}, {\"employeeId\": \"" + staying.get(1) + "\", \"note\": \"two\"}]}");
        api.post("hr", conflict + "/follow-ups", "{\"date\": \"" + LocalDate.now().plusDays(7) + "\"}");
        api.post("hr", conflict + "/escalation", "{\"reason\": \"replay\"}");
        // Erasure of two who left: the HR file erased at once, the payroll data planned.
        for (String left : leavers) {
            await().atMost(Duration.ofSeconds(20)).until(() -> api.post("admin", "/api/v1/employees/" + left + "/erasure", null).status() == 200);
        }
    }

    /** The read models have handled every event stored so far. */
    private boolean caughtUp() {
        Long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        List<String> tokens = jdbc.queryForList("select convert_from(token, 'UTF8') from token_entry "
                + "where processor_name in ('balances', 'headcount', 'inventory', 'trail', 'offboarding', 'payroll-payments')",
                String.class);
        return tokens.size() == 6 && tokens.stream().allMatch(t -> t.contains("\"index\":" + head + ","));
    }

    private long payrollEvents() {
        Long n = jdbc.queryForObject("select count(*) from domain_event_entry where payload_type like '%Payroll%' "
                + "or payload_type like '%AssetReturnedEvent'", Long.class);
        return n == null ? 0 : n;
    }

    @Test
    void replayingEveryProjectionRebuildsEveryReadModelRowForRow() throws Exception {
        Random random = new Random(SEED);
        System.out.println("ReplayTest seed " + SEED);
        populate(random);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(this::caughtUp);
        Thread.sleep(500);
        await().atMost(Duration.ofSeconds(30)).until(this::caughtUp);
        Map<String, List<Map<String, Object>>> before = readModels();
        for (String table : List.of("leave_view", "leave_entitlement_view", "employee_erasure_view", "checklist_task_view",
                "disciplinary_action_view", "conflict_session_note_view", "conflict_follow_up_view", "trail_reference")) {
            assertThat(before.get(table)).as(table + " has rows to rebuild").isNotEmpty();
        }
        JsonNode balances = api.get("reporting", "/api/v1/reports/balances").json();
        JsonNode headcount = api.get("reporting", "/api/v1/reports/headcount?asOf=2022-10-01").json();
        JsonNode inventory = api.get("reporting", "/api/v1/reports/inventory").json();
        Long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        assertThat(events).isGreaterThan(2000);
        long payrollEvents = payrollEvents();

        long started = System.nanoTime();
        Api.Response replay = api.post("auditor", "/api/v1/audit/replays",
                "{\"projections\": [\"balances\", \"headcount\", \"inventory\", \"trail\"]}");
        assertThat(replay.status()).isEqualTo(202);
        String id = replay.text("id");
        List<Integer> duringReplay = new ArrayList<>();
        JsonNode status = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50)).until(() -> {
            duringReplay.add(api.get("reporting", "/api/v1/reports/balances").status());
            duringReplay.add(api.get("reporting", "/api/v1/reports/inventory").status());
            duringReplay.add(api.get("hr", "/api/v1/employees?size=5").status());
            return api.get("auditor", "/api/v1/audit/replays/" + id).json();
        }, s -> !s.path("status").asText().equals("RUNNING"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Replayed %d events into 4 projections in %d ms%n", events, millis);

        assertThat(status.path("status").asText()).as(status.toString()).isEqualTo("COMPLETED");
        assertThat(status.path("progress").asDouble()).as(status.toString()).isEqualTo(1.0);
        assertThat(status.path("eventsProcessed").asLong()).as(status.toString()).isEqualTo(events);
        assertThat(duringReplay).as("the read endpoints kept answering").isNotEmpty().containsOnly(200);
        Map<String, List<Map<String, Object>>> after = readModels();
        for (String table : READ_MODELS.keySet()) {
            assertThat(after.get(table)).as(table + " rebuilt row for row").isEqualTo(before.get(table));
        }
        assertThat(api.get("reporting", "/api/v1/reports/balances").json()).isEqualTo(balances);
        assertThat(api.get("reporting", "/api/v1/reports/headcount?asOf=2022-10-01").json()).isEqualTo(headcount);
        assertThat(api.get("reporting", "/api/v1/reports/inventory").json()).isEqualTo(inventory);
        Thread.sleep(500);
        assertThat(payrollEvents()).as("no payment was made again").isEqualTo(payrollEvents);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class))
                .as("a replay stores nothing").isEqualTo(events);
    }
}
