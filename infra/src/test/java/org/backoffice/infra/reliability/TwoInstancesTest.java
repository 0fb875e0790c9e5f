package org.backoffice.infra.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.axon.AxonStorageConfiguration;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.EventTable;
import org.backoffice.infra.support.Hr;
import org.backoffice.infra.support.It;
import org.backoffice.infra.support.Ledger;
import org.backoffice.infra.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application instances on one PostgreSQL database of their own, both started here. Each
 * caches aggregates of its own; whatever one instance stored, the other must decide on. (Not on
 * the shared test database: lost races leave gaps in the event positions, which hold the audit
 * log back for a minute, and other tests read it.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTest {

    private static final List<String> PROCESSORS = List.of("balances", "headcount", "inventory", "offboarding",
            "payroll-payments");
    /** Released segments are looked for every second here (Axon's default: every 5 s). */
    private static final String[] SEGMENTS = Stream.concat(
            Stream.of("--backoffice.processing.segments=2", "--backoffice.processing.balance-interval=500ms"),
            PROCESSORS.stream().map(p -> "--axon.eventhandling.processors." + p + ".token-claim-interval=1000"))
            .toArray(String[]::new);
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static JdbcTemplate jdbc;
    private static Api api;

    @BeforeAll
    static void startTwoInstances() {
        String url = TestDatabase.freshDatabase("backoffice_two_instances");
        // Two segments per processor, balanced every half second: each instance should hold one.
        first = TestDatabase.startApplication(url, SEGMENTS);
        second = TestDatabase.startApplication(url, SEGMENTS);
        jdbc = first.getBean(JdbcTemplate.class);
        api = TestDatabase.api(first);
    }

    @AfterAll
    static void stopBoth() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {second, first}) {
            if (context != null) {
                context.close();
            }
        }
    }

    private static Api secondApi() {
        return TestDatabase.api(second);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static <T> T eventually(Callable<T> read, Predicate<T> until) {
        return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(25)).until(read, until::test);
    }

    @Test
    void anInstanceDecidesOnWhatTheOtherStoredNotOnWhatItCached() {
        Ledger a = new Ledger(api);
        Ledger b = new Ledger(secondApi());
        String bank = a.openBank(unique("1000"), "0");
        String equity = a.open(unique("3000"), "EQUITY", null);
        // A loads the bank account (balance 0) and keeps it cached.
        assertThat(a.post("TRANSFER", equity, bank, "10.00", "would overdraw").text("status")).isEqualTo("REJECTED");
        // B deposits 100.
        assertThat(b.post("TRANSFER", bank, equity, "100.00", "deposit via B").text("status")).isEqualTo("COMPLETED");
        // A must see the deposit: with its cached balance of 0 it would refuse this.
        assertThat(a.post("TRANSFER", equity, bank, "50.00", "withdrawal via A").text("status"))
                .as("A decided on its stale cached balance").isEqualTo("COMPLETED");
        assertThat(b.post("TRANSFER", equity, bank, "60.00", "more than is left").text("status")).isEqualTo("REJECTED");
        eventually(() -> a.balance(bank), "50.00"::equals);
    }

    /** Two instances never share a token owner name, or both would think they hold the same claim. */
    @Test
    void eachInstanceClaimsUnderANameOfItsOwn() {
        assertThat(owner(first)).isNotEqualTo(owner(second));
        assertThat(jdbc.queryForList("select distinct owner from token_entry where owner is not null", String.class))
                .isNotEmpty().allMatch(o -> o.equals(owner(first)) || o.equals(owner(second)));
    }

    /**
     * A transfer's two account events are appended in account id order (the order of the locks),
     * whichever is debited: opposite transfers on two instances then lock stream heads in the
     * same order and cannot deadlock in PostgreSQL.
     */
    @Test
    void aTransfersLegsAreAppendedInAccountIdOrder() {
        Ledger a = new Ledger(api);
        String x = a.openBank(unique("1000"), "100.00");
        String y = a.openBank(unique("1000"), "100.00");
        String low = UUID.fromString(x).compareTo(UUID.fromString(y)) < 0 ? x : y; // the handler's lock order
        String high = low.equals(x) ? y : x;
        for (String[] legs : new String[][] {{low, high}, {high, low}}) {
            String id = a.post("TRANSFER", legs[0], legs[1], "1.00", "order").text("id");
            List<String> order = jdbc.queryForList("select aggregate_identifier from domain_event_entry "
                    + "where payload_type like '%.Account%itedEvent' "
                    + "and convert_from(payload, 'UTF8')::jsonb ->> 'transactionId' = ? order by global_index", String.class, id);
            assertThat(order).as("debit " + legs[0] + ", credit " + legs[1] + " (" + id + ")").containsExactly(low, high);
        }
    }

    /**
     * Clients post transfers among a few shared accounts at once, each request to either instance.
     * Every answer is a final COMPLETED or REJECTED, or — when a command lost the race for its
     * accounts through all its retries — 409 with nothing stored; never a 5xx. No account crosses
     * its floor, every stream stays contiguous, and the read model's balances equal the completed
     * transfers. Four accounts for eight clients is far more contention than a ledger sees.
     */
    @Test
    void concurrentTransfersThroughBothInstancesLoseNothingAndNeverOverdraw() throws Exception {
        long seed = Long.getLong("backoffice.test.seed", System.nanoTime());
        System.out.println("TwoInstancesTest seed " + seed + " (rerun with -Dbackoffice.test.seed=" + seed + ")");
        Random random = new Random(seed);
        Api[] apis = {api, secondApi()};
        Ledger[] instances = {new Ledger(apis[0]), new Ledger(apis[1])};
        String equity = instances[0].open(unique("3000"), "EQUITY", null);
        List<String> accounts = new ArrayList<>();
        Map<String, BigDecimal> expected = new ConcurrentHashMap<>();
        List<String> conflicts = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 4; i++) {
            String account = instances[0].openBank(unique("1000"), "0");
            assertThat(instances[0].post("TRANSFER", account, equity, "20.00", "opening").text("status")).isEqualTo("COMPLETED");
            accounts.add(account);
            expected.put(account, new BigDecimal("20.00"));
        }
        int clients = Integer.getInteger("backoffice.reliability.clients", 8);
        int perClient = Integer.getInteger("backoffice.reliability.transfers-per-client", 25);
        List<long[]> plans = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            plans.add(random.longs(perClient).toArray());
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long[] plan = plans.get(c);
            results.add(pool.submit(() -> {
                List<String> problems = new ArrayList<>();
                for (long step : plan) {
                    Random r = new Random(step);
                    Api via = apis[r.nextInt(2)];
                    int from = r.nextInt(accounts.size());
                    int to = (from + 1 + r.nextInt(accounts.size() - 1)) % accounts.size();
                    BigDecimal amount = BigDecimal.valueOf(1 + r.nextInt(900), 2);
                    // debit "to" (it grows), credit "from" (it shrinks, down to its floor of 0)
                    String id = UUID.randomUUID().toString();
                    Api.Response answer = via.post("accounting", "/api/v1/transactions", Ledger.transaction(id, "TRANSFER",
                            accounts.get(to), accounts.get(from), amount.toPlainString(), "load"));
                    if (answer.status() == 409) {
                        conflicts.add(id);
                        continue;
                    }
                    if (answer.status() != 202) {
                        problems.add(answer.status() + " " + answer.body());
                        continue;
                    }
                    String status = answer.text("status");
                    if (status.equals("COMPLETED")) {
                        expected.merge(accounts.get(to), amount, BigDecimal::add);
                        expected.merge(accounts.get(from), amount.negate(), BigDecimal::add);
                    } else if (!status.equals("REJECTED")) {
                        problems.add("status " + status);
                    }
                }
                return problems;
            }));
        }
        List<String> problems = new ArrayList<>();
        for (Future<List<String>> f : results) {
            problems.addAll(f.get());
        }
        pool.shutdown();
        assertThat(problems).as("answers other than 202 COMPLETED/REJECTED or 409").isEmpty();
        System.out.println("TwoInstancesTest: " + clients * perClient + " transfers, " + conflicts.size()
                + " answered 409 after every retry");
        assertThat(conflicts.size()).as("conflicts left after retries").isLessThan(clients * perClient / 10);
        for (String id : conflicts) {
            assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                    Long.class, id)).as("a 409 stored nothing").isZero();
        }

        for (String account : accounts) {
            assertThat(expected.get(account)).as("floor of " + account).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            String want = expected.get(account).setScale(2).toPlainString();
            eventually(() -> instances[1].balance(account), want::equals);
        }
        List<String> broken = jdbc.queryForList("select aggregate_identifier from domain_event_entry "
                + "where aggregate_identifier in (" + String.join(",", Stream.concat(accounts.stream(), Stream.of(equity))
                .map(id -> "'" + id + "'").toList()) + ") group by aggregate_identifier "
                + "having max(sequence_number) + 1 <> count(*) or min(sequence_number) <> 0", String.class);
        assertThat(broken).as("streams with a hole or a duplicate").isEmpty();

        // The read model against a fold of the event table, computed here from the stored payloads.
        for (String account : accounts) {
            BigDecimal folded = EventTable.foldedBalance(jdbc, account);
            assertThat(folded).as("events of " + account).isEqualByComparingTo(expected.get(account));
            assertThat(new BigDecimal(instances[0].balance(account))).as("read model of " + account)
                    .isEqualByComparingTo(folded);
        }
        JsonNode trial = apis[1].get("reporting", "/api/v1/reports/trial-balance").json();
        assertThat(trial.path("balanced").asBoolean()).as(trial.toString()).isTrue();
    }

    /**
     * A client that timed out resends its create — here to the other instance, at the same
     * moment: both get the same answer and the ledger has the transaction once.
     */
    @Test
    void aCreateSentToBothInstancesAtOnceHappensOnce() throws Exception {
        Ledger a = new Ledger(api);
        String bank = a.openBank(unique("1000"), "0");
        String equity = a.open(unique("3000"), "EQUITY", null);
        Api[] apis = {api, secondApi()};
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 20; i++) {
                String id = UUID.randomUUID().toString();
                String body = Ledger.transaction(id, "TRANSFER", bank, equity, "1.00", "resent " + i);
                List<Future<Api.Response>> answers = new ArrayList<>();
                for (Api via : apis) {
                    answers.add(pool.submit(() -> via.post("accounting", "/api/v1/transactions", body)));
                }
                for (Future<Api.Response> answer : answers) {
                    Api.Response r = answer.get();
                    assertThat(r.status()).as(r.toString()).isEqualTo(202);
                    assertThat(r.text("status")).isEqualTo("COMPLETED");
                }
                assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                        Long.class, id)).as("events of transaction " + id).isEqualTo(1L);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like '%.AccountDebitedEvent'", Long.class, bank)).isEqualTo(20L);
        eventually(() -> a.balance(bank), "20.00"::equals);
    }

    /** Accounts whose read-model balance is not the fold of their stored events. */
    private static List<String> foldedBalancesDiffer() {
        List<String> differ = new ArrayList<>();
        jdbc.query("select id::text, balance, type from account_view", rs -> {
            String id = rs.getString(1);
            // Debits minus credits; the balance of a credit-normal account is the other way round.
            BigDecimal folded = EventTable.foldedBalance(jdbc, id);
            if (List.of("LIABILITY", "EQUITY", "REVENUE").contains(rs.getString(3))) {
                folded = folded.negate();
            }
            if (folded.compareTo(rs.getBigDecimal(2)) != 0) {
                differ.add(id);
            }
        });
        return differ;
    }

    /** Who holds each segment of the processor (token_entry.owner, null while unclaimed). */
    private static List<String> owners(String processor) {
        return jdbc.queryForList("select coalesce(owner, '-') from token_entry where processor_name = ? order by segment",
                String.class, processor);
    }

    /** Each processor's two segments end up one on each instance (SegmentBalancer), whoever started first. */
    @Test
    @Order(1)
    void eachProcessorsSegmentsAreSpreadOverTheInstances() {
        for (String processor : PROCESSORS) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    assertThat(owners(processor)).as(processor).containsExactlyInAnyOrder(owner(first), owner(second)));
        }
    }

    /**
     * A replay can be sent to either instance: it gathers every segment of the read model there
     * (the other lets go of its own), replays, and afterwards the segments are spread again; the
     * other instance goes on taking commands and the read model follows them.
     */
    @Test
    @Order(Integer.MAX_VALUE - 2)
    void aReplayGathersTheSegmentsOnTheInstanceItIsSentToAndSpreadsThemAgain() {
        for (ConfigurableApplicationContext replaying : List.of(second, first)) {
            Api.Response accepted = TestDatabase.api(replaying).post("auditor", "/api/v1/audit/replays",
                    "{\"projections\": [\"balances\"]}");
            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
            assertThat(owners("balances")).as("both segments on the replaying instance")
                    .containsOnly(owner(replaying)).hasSize(2);
            String id = accepted.text("id");
            JsonNode done = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> TestDatabase.api(replaying).get("auditor", "/api/v1/audit/replays/" + id).json(),
                            status -> status.path("status").asText().equals("COMPLETED"));
            assertThat(done.path("eventsProcessed").asLong()).isEqualTo(done.path("eventsToProcess").asLong());
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    assertThat(owners("balances")).containsExactlyInAnyOrder(owner(first), owner(second)));
        }
        assertThat(foldedBalancesDiffer()).as("the replayed read model equals the fold of the event table").isEmpty();
        ConfigurableApplicationContext other = first;
        Ledger ledger = new Ledger(TestDatabase.api(other));
        String bank = ledger.openBank(unique("1000"), "0");
        String equity = ledger.open(unique("3000"), "EQUITY", null);
        assertThat(ledger.post("TRANSFER", bank, equity, "3.00", "after the replay").text("status")).isEqualTo("COMPLETED");
        eventually(() -> ledger.balance(bank), "3.00"::equals);
    }

    /**
     * Terminations whose day has come are durable deadlines in db-scheduler's table; both
     * instances poll it. Each fires once: one EmployeeLeftEvent per employee, one OFFBOARDING
     * return per device.
     */
    @Test
    @Order(Integer.MAX_VALUE - 1)
    void deadlinesDueOnBothInstancesFireOnce() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Api[] apis = {api, secondApi()};
        List<String> employees = new ArrayList<>();
        List<String> laptops = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Api via = apis[i % 2];
            String employee = new Hr(via).hire("Worker", "No" + i, "Ops", today.minusYears(1), "3000.00");
            It it = new It(via);
            String laptop = it.register("LAPTOP", "T14");
            assertThat(it.assign(laptop, employee).status()).isEqualTo(200);
            new Hr(via).terminate(employee, today.plusDays(2));
            employees.add(employee);
            laptops.add(laptop);
        }
        // The day comes: every deadline is due at once, on two pollers.
        new JdbcTemplate(TestDatabase.owner(TestDatabase.url("backoffice_two_instances")))
                .update("update scheduled_tasks set execution_time = now() - interval '1 second'");
        It it = new It(api);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> laptops.stream().allMatch(l -> it.status(l).equals("IN_STOCK")));
        for (String employee : employees) {
            assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                    + "and payload_type like '%EmployeeLeftEvent'", Long.class, employee)).as("left once: " + employee)
                    .isEqualTo(1L);
        }
        for (String laptop : laptops) {
            assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                    + "and payload_type like '%AssetReturnedEvent'", Long.class, laptop)).as("returned once: " + laptop)
                    .isEqualTo(1L);
        }
    }

    /**
     * An instance stops: the other takes its segments over and the read models go on from where
     * they were. (Runs last: it stops the first instance.)
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void whenAnInstanceStopsTheOtherTakesItsSegmentsOver() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(owners("balances")).containsExactlyInAnyOrder(owner(first), owner(second)));
        Api survivor = TestDatabase.api(second);
        JdbcTemplate survivorJdbc = second.getBean(JdbcTemplate.class);
        first.close();
        Ledger ledger = new Ledger(survivor);
        String bank = ledger.openBank(unique("1000"), "0");
        String equity = ledger.open(unique("3000"), "EQUITY", null);
        assertThat(ledger.post("TRANSFER", bank, equity, "7.00", "after the takeover").text("status")).isEqualTo("COMPLETED");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> ledger.balance(bank), "7.00"::equals);
        for (String processor : PROCESSORS) {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    assertThat(survivorJdbc.queryForList("select owner from token_entry where processor_name = ?",
                            String.class, processor)).as(processor).containsExactly(owner(second), owner(second)));
        }
    }

    private static String owner(ConfigurableApplicationContext context) {
        return context.getBean(AxonStorageConfiguration.NodeId.class).value();
    }
}
