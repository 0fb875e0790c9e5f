package org.backoffice.infra.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.BackofficeApplication;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.EventTable;
import org.backoffice.infra.support.Ledger;
import org.backoffice.infra.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application killed with SIGKILL at random moments while clients post transfers, and
 * started again on the same database, several times. Afterwards: every transfer answered 202 is
 * stored with the status it was answered with; every transfer whose answer was lost with the
 * process is stored whole or not at all; streams are contiguous; no account crossed its floor;
 * and the read model counts every stored event exactly once (its balances equal a fold of the
 * event table), although the processors were killed in the middle of their batches. Then the
 * clients whose answers were lost resend the same request, and each transfer takes effect once.
 * The application runs as a separate JVM (the test's own classpath), so that it can be killed.
 */
class CrashTest {

    private static final JdbcTemplate OWNER = new JdbcTemplate();
    private Process app;
    private Process other;

    @AfterEach
    void killLeftover() {
        for (Process p : new Process[] {app, other}) {
            if (p != null && p.isAlive()) {
                p.destroyForcibly();
            }
        }
    }

    /**
     * Two instances; the one holding the read models' tokens is killed (no chance to release
     * them): the other claims them once they time out and the read models go on.
     */
    @Test
    void whenTheTokenHolderIsKilledTheOtherInstanceTakesOver() throws Exception {
        String url = TestDatabase.freshDatabase("backoffice_takeover");
        JdbcTemplate owner = new JdbcTemplate(TestDatabase.owner(url));
        Path log = Files.createDirectories(Path.of("target")).resolve("takeover-test-app.log");
        Files.deleteIfExists(log);
        int portA = freePort();
        app = start(url, portA, log);
        int portB = freePort();
        other = start(url, portB, log);
        String holder = await().atMost(Duration.ofSeconds(30)).until(() -> owner.queryForList(
                "select distinct owner from token_entry where processor_name = 'balances' and owner is not null",
                String.class), owners -> owners.size() == 1).get(0);
        boolean aHolds = holder.startsWith(app.pid() + "@");
        assertThat(aHolds || holder.startsWith(other.pid() + "@")).as("holder " + holder).isTrue();
        Process victim = aHolds ? app : other;
        Api survivor = new Api(aHolds ? portB : portA);

        victim.destroyForcibly().waitFor(); // SIGKILL: its claims stay in token_entry until they time out
        long killed = System.nanoTime();
        Ledger ledger = new Ledger(survivor);
        String bank = ledger.openBank("1000-" + UUID.randomUUID().toString().substring(0, 8), "0");
        String equity = ledger.open("3000-" + UUID.randomUUID().toString().substring(0, 8), "EQUITY", null);
        assertThat(ledger.post("TRANSFER", bank, equity, "9.00", "after the kill").text("status")).isEqualTo("COMPLETED");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> ledger.balance(bank), "9.00"::equals);
        System.out.printf("CrashTest: read models taken over %.1f s after the holder was killed%n",
                (System.nanoTime() - killed) / 1e9);
        assertThat(owner.queryForList("select distinct owner from token_entry where processor_name = 'balances'", String.class))
                .singleElement().asString().startsWith((aHolds ? other : app).pid() + "@");
    }

    @Test
    void killedAtRandomMomentsUnderLoadItLosesNothingAndCountsNothingTwice() throws Exception {
        long seed = Long.getLong("backoffice.test.seed", System.nanoTime());
        System.out.println("CrashTest seed " + seed + " (rerun with -Dbackoffice.test.seed=" + seed + ")");
        Random random = new Random(seed);
        int crashes = Integer.getInteger("backoffice.reliability.crashes", 2);
        int clients = Integer.getInteger("backoffice.reliability.clients", 8);
        String url = TestDatabase.freshDatabase("backoffice_crash");
        OWNER.setDataSource(TestDatabase.owner(url));
        int port = freePort();
        Path log = Files.createDirectories(Path.of("target")).resolve("crash-test-app.log");
        Files.deleteIfExists(log);

        app = start(url, port, log);
        Api api = new Api(port);
        Ledger ledger = new Ledger(api);
        String equity = ledger.open("3000-" + UUID.randomUUID().toString().substring(0, 8), "EQUITY", null);
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String account = ledger.openBank("1000-" + UUID.randomUUID().toString().substring(0, 8), "0");
            assertThat(ledger.post("TRANSFER", account, equity, "50.00", "opening").text("status")).isEqualTo("COMPLETED");
            accounts.add(account);
        }

        Map<String, String> answered = new ConcurrentHashMap<>();    // transaction id -> COMPLETED / REJECTED
        Map<String, String> lost = new ConcurrentHashMap<>();        // answers lost with the process: id -> request
        List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int crash = 0; crash <= crashes; crash++) {
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Random mine = new Random(random.nextLong());
                threads.add(new Thread(() -> {
                    while (running.get()) {
                        int from = mine.nextInt(accounts.size());
                        int to = (from + 1 + mine.nextInt(accounts.size() - 1)) % accounts.size();
                        String id = UUID.randomUUID().toString();
                        String amount = BigDecimal.valueOf(1 + mine.nextInt(900), 2).toPlainString();
                        String body = Ledger.transaction(id, "TRANSFER", accounts.get(to), accounts.get(from), amount, "crash");
                        try {
                            Api.Response r = api.post("accounting", "/api/v1/transactions", body);
                            if (r.status() == 202) {
                                answered.put(id, r.text("status"));
                            } else if (r.status() >= 500) {
                                wrong.add(r.toString());
                            } else if (r.status() != 409) {
                                wrong.add(r.toString());
                            }
                        } catch (IllegalStateException transport) {
                            lost.put(id, body); // the process died with the request in flight
                        }
                    }
                }, "crash-client-" + c));
            }
            threads.forEach(Thread::start);
            Thread.sleep(1_000 + random.nextInt(3_000));
            if (crash < crashes) {
                running.set(false); // no new requests; those in flight die with the process
                app.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no graceful stop
                for (Thread t : threads) {
                    t.join();
                }
                app = start(url, port, log);
            } else {
                running.set(false);
                for (Thread t : threads) {
                    t.join();
                }
            }
        }
        long lostButStored = lost.keySet().stream().filter(id -> count(
                "select count(*) from domain_event_entry where aggregate_identifier = ?", id) > 0).count();
        System.out.println("CrashTest: " + crashes + " kills, " + answered.size() + " transfers answered, "
                + lost.size() + " answers lost with the process (" + lostButStored + " of them stored whole)");
        assertThat(wrong).as("answers other than 202 or 409").isEmpty();
        assertThat(answered).isNotEmpty();

        // Every answer is what is stored.
        for (Map.Entry<String, String> a : answered.entrySet()) {
            List<String> types = OWNER.queryForList("select payload_type from domain_event_entry where aggregate_identifier = ?",
                    String.class, a.getKey());
            String expected = a.getValue().equals("COMPLETED") ? "TransactionPostedEvent" : "TransactionRejectedEvent";
            assertThat(types).as("transaction " + a.getKey() + " answered " + a.getValue()).hasSize(1);
            assertThat(types.get(0)).endsWith(expected);
        }
        // A lost answer: the transfer is stored whole (record and both legs) or not at all.
        for (String id : lost.keySet()) {
            long record = count("select count(*) from domain_event_entry where aggregate_identifier = ?", id);
            long legs = count("select count(*) from domain_event_entry where payload_type like '%.Account%itedEvent' "
                    + "and convert_from(payload, 'UTF8')::jsonb ->> 'transactionId' = ?", id);
            String type = record == 0 ? "" : OWNER.queryForObject(
                    "select payload_type from domain_event_entry where aggregate_identifier = ?", String.class, id);
            boolean posted = type.endsWith("TransactionPostedEvent");
            assertThat(legs).as("legs of lost-answer transaction " + id + " (" + type + ")").isEqualTo(posted ? 2 : 0);
        }
        // The clients whose answers were lost resend (same id): each transfer takes effect exactly once.
        for (Map.Entry<String, String> resend : lost.entrySet()) {
            Api.Response r = api.post("accounting", "/api/v1/transactions", resend.getValue());
            assertThat(r.status()).as("resent " + resend.getKey() + ": " + r).isEqualTo(202);
            assertThat(count("select count(*) from domain_event_entry where aggregate_identifier = ?", resend.getKey()))
                    .as("records of resent transaction " + resend.getKey()).isEqualTo(1);
            long legs = count("select count(*) from domain_event_entry where payload_type like '%.Account%itedEvent' "
                    + "and convert_from(payload, 'UTF8')::jsonb ->> 'transactionId' = ?", resend.getKey());
            assertThat(legs).as("legs of resent transaction " + resend.getKey())
                    .isEqualTo(r.text("status").equals("COMPLETED") ? 2 : 0);
        }
        assertThat(EventTable.brokenStreams(OWNER)).as("streams with a hole or a duplicate").isEmpty();
        // The read model, rebuilt by processors that were killed mid-batch, against the event table.
        for (String account : accounts) {
            BigDecimal folded = EventTable.foldedBalance(OWNER, account);
            assertThat(folded).as("floor of " + account).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(new BigDecimal(ledger.balance(account)))
                    .as("read model of " + account).isEqualByComparingTo(folded));
            long entries = count("select count(*) from ledger_entry where account_id = cast(? as uuid)", account);
            long legs = count("select count(*) from domain_event_entry where aggregate_identifier = ? "
                    + "and (payload_type like '%.AccountDebitedEvent' or payload_type like '%.AccountCreditedEvent')", account);
            assertThat(entries).as("ledger entries of " + account + " (each leg once)").isEqualTo(legs);
        }
        JsonNode trial = api.get("reporting", "/api/v1/reports/trial-balance").json();
        assertThat(trial.path("balanced").asBoolean()).as(trial.toString()).isTrue();
        app.destroy();
        app.waitFor();
    }

    private static long count(String sql, Object... args) {
        Long n = OWNER.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    /** The application in a JVM of its own, on the test's classpath, against the test database. */
    private static Process start(String url, int port, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), BackofficeApplication.class.getName()));
        command.addAll(List.of(TestDatabase.applicationArguments(url)));
        command.addAll(List.of("--server.port=" + port, "--spring.profiles.active=test", "--logging.level.root=warn",
                "--backoffice.data-dir=" + Path.of("target", "crash-test-data").toAbsolutePath()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        Api probe = new Api(port);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited; see " + log);
            }
            try {
                return probe.get(null, "/actuator/health").status() == 200;
            } catch (IllegalStateException notYet) {
                return false;
            }
        });
        return process;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
