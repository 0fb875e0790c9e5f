package org.backoffice.infra.axon;

import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.transaction.TransactionManager;
import org.backoffice.infra.support.ApiTest;
import org.backoffice.infra.support.Ledger;
import org.backoffice.infra.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Group commit: commands sent by requests share a transaction, each keeps its own answer, and
 * none is answered before its batch is durable. The batch mechanics run on a GroupCommit of
 * their own (one worker, a long budget, the application's transactions and database) with probe
 * commands that write a row and may fail after writing; the application's own GroupCommit is
 * checked to batch concurrent transfers sent over HTTP.
 */
class GroupCommitTest extends ApiTest {

    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    TransactionManager axonTransactions;
    @Autowired
    Cache aggregateCache;
    @Autowired
    GroupCommit applicationGroupCommit;

    private JdbcTemplate owner;
    private GroupCommit groupCommit;
    private volatile CountDownLatch gate;
    private final java.util.concurrent.Semaphore atTheGate = new java.util.concurrent.Semaphore(0);
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    /**
     * A probe: writes its key, then fails if asked to, or waits at the gate if asked to, or loses
     * a race the first time it runs if asked to.
     */
    record Probe(String key, boolean fail, boolean waitAtGate, boolean loseRaceOnce) {
        Probe(String key, boolean fail, boolean waitAtGate) {
            this(key, fail, waitAtGate, false);
        }
    }

    /** The threads each probe key ran on, attempt after attempt. */
    private final java.util.Map<String, List<String>> threads = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeEach
    void probes() {
        owner = new JdbcTemplate(TestDatabase.owner(sharedUrl()));
        // Deferred: two probes with the same key both write, and the batch's commit fails.
        owner.execute("create table if not exists group_commit_probe (key text, "
                + "constraint group_commit_probe_once unique (key) deferrable initially deferred)");
        owner.execute("grant select, insert on group_commit_probe to " + TestDatabase.APP_ROLE);
        GroupCommitCommandBus bus = new GroupCommitCommandBus(SimpleCommandBus.builder(), axonTransactions);
        bus.subscribe(Probe.class.getName(), message -> {
            Probe probe = (Probe) message.getPayload();
            List<String> attempts = threads.computeIfAbsent(probe.key(), key -> new java.util.concurrent.CopyOnWriteArrayList<>());
            attempts.add(Thread.currentThread().getName());
            if (probe.loseRaceOnce() && attempts.size() == 1) {
                throw new org.axonframework.modelling.command.ConcurrencyException("probe " + probe.key() + " lost a race");
            }
            jdbc.update("insert into group_commit_probe (key) values (?)", probe.key());
            if (probe.waitAtGate()) {
                CountDownLatch current = gate;
                atTheGate.release();
                if (!current.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("gate never opened");
                }
            }
            if (probe.fail()) {
                throw new IllegalArgumentException("probe " + probe.key() + " refused after writing");
            }
            return probe.key();
        });
        groupCommit = new GroupCommit(bus, transactions, aggregateCache,
                new GroupCommitSettings(true, 32, 1, 10_000));
        groupCommit.start();
        gate = new CountDownLatch(1);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    @AfterEach
    void stop() {
        RequestContextHolder.resetRequestAttributes();
        gate.countDown();
        groupCommit.stop();
    }

    private FutureCallback<Object, Object> send(String key, boolean fail, boolean waitAtGate) {
        FutureCallback<Object, Object> answer = new FutureCallback<>();
        groupCommit.commandBus().dispatch(GenericCommandMessage.asCommandMessage(new Probe(run + key, fail, waitAtGate)), answer);
        return answer;
    }

    private boolean stored(String key) {
        Integer n = owner.queryForObject("select count(*) from group_commit_probe where key = ?", Integer.class, run + key);
        return n != null && n > 0;
    }

    /** Holds the worker in a batch of its own until the gate opens, so that what is sent meanwhile queues up. */
    private FutureCallback<Object, Object> holdTheWorker() throws Exception {
        FutureCallback<Object, Object> blocker = send("blocker", false, true);
        assertThat(atTheGate.tryAcquire(10, TimeUnit.SECONDS)).as("the worker runs the blocker").isTrue();
        return blocker;
    }

    @Test
    void commandsQueuedTogetherShareOneCommitAndEachKeepsItsAnswer() throws Exception {
        FutureCallback<Object, Object> blocker = holdTheWorker();
        long batchesBefore = groupCommit.batches();
        FutureCallback<Object, Object> first = send("ok-1", false, false);
        FutureCallback<Object, Object> refused = send("refused", true, false);
        FutureCallback<Object, Object> second = send("ok-2", false, false);
        gate.countDown();
        CommandResultMessage<?> firstAnswer = first.getResult(10, TimeUnit.SECONDS);
        CommandResultMessage<?> refusedAnswer = refused.getResult(10, TimeUnit.SECONDS);
        CommandResultMessage<?> secondAnswer = second.getResult(10, TimeUnit.SECONDS);
        assertThat(blocker.getResult(10, TimeUnit.SECONDS).isExceptional()).isFalse();

        assertThat(groupCommit.batches() - batchesBefore).as("the three joined the blocker's batch").isEqualTo(1);
        assertThat(firstAnswer.isExceptional()).isFalse();
        assertThat(secondAnswer.isExceptional()).as("the command after the refused one still counts").isFalse();
        assertThat(refusedAnswer.isExceptional()).isTrue();
        assertThat(refusedAnswer.exceptionResult()).hasMessageContaining("refused after writing");
        assertThat(stored("ok-1")).isTrue();
        assertThat(stored("ok-2")).isTrue();
        assertThat(stored("refused")).as("what the refused command wrote is rolled back with it").isFalse();
    }

    @Test
    void noCommandIsAnsweredBeforeItsBatchIsDurable() throws Exception {
        FutureCallback<Object, Object> blocker = holdTheWorker();
        FutureCallback<Object, Object> early = send("early", false, false);
        FutureCallback<Object, Object> late = send("late", false, true); // waits at the next gate, after "early" ran
        CountDownLatch first = gate;
        gate = new CountDownLatch(1);
        first.countDown();
        assertThat(atTheGate.tryAcquire(10, TimeUnit.SECONDS)).as("late waits in the batch early ran in").isTrue();
        assertThat(early.isDone()).as("early ran, but its batch has not committed").isFalse();
        assertThat(stored("early")).as("not visible to anyone else before the commit").isFalse();
        gate.countDown();
        assertThat(early.getResult(10, TimeUnit.SECONDS).isExceptional()).isFalse();
        assertThat(blocker.isDone()).isTrue();
        assertThat(late.getResult(10, TimeUnit.SECONDS).isExceptional()).isFalse();
        assertThat(stored("early")).isTrue();
        assertThat(stored("late")).isTrue();
    }

    @Test
    void whenTheBatchCannotCommitEveryCommandOfItFailsAndNothingIsStored() throws Exception {
        FutureCallback<Object, Object> blocker = holdTheWorker();
        FutureCallback<Object, Object> one = send("twice", false, false);
        FutureCallback<Object, Object> other = send("twice", false, false); // the deferred key fails the commit
        FutureCallback<Object, Object> bystander = send("bystander", false, false);
        gate.countDown();
        blocker.getResult(10, TimeUnit.SECONDS);
        for (FutureCallback<Object, Object> answer : List.of(one, other, bystander)) {
            assertThat(answer.getResult(10, TimeUnit.SECONDS).isExceptional()).isTrue();
        }
        assertThat(stored("twice")).isFalse();
        assertThat(stored("bystander")).isFalse();
    }

    @Autowired
    org.axonframework.commandhandling.gateway.RetryScheduler commandRetryScheduler;

    /**
     * A command that lost a race is run again by the batch worker, not on a thread of its own: a
     * thread of its own would take aggregate locks that the worker waits for while it waits in
     * the database for the worker's uncommitted batch, a cycle nobody detects.
     */
    @Test
    void aCommandThatLostARaceIsRetriedInABatch() throws Exception {
        org.axonframework.commandhandling.gateway.CommandGateway gateway =
                org.axonframework.commandhandling.gateway.DefaultCommandGateway.builder()
                        .commandBus(groupCommit.commandBus()).retryScheduler(commandRetryScheduler).build();
        Object answer = gateway.send(new Probe(run + "racer", false, false, true)).get(10, TimeUnit.SECONDS);
        assertThat(answer).isEqualTo(run + "racer");
        List<String> attempts = threads.get(run + "racer");
        assertThat(attempts).hasSize(2);
        assertThat(attempts).allSatisfy(thread -> assertThat(thread).startsWith("command-batch-"));
        assertThat(stored("racer")).isTrue();
    }

    @Test
    void commandsOfConcurrentRequestsShareCommits() throws Exception {
        Ledger ledger = new Ledger(api);
        String bank = ledger.openBank(unique("1000"), "1000000");
        String equity = ledger.open(unique("3000"), "EQUITY", null);
        long batchesBefore = applicationGroupCommit.batches();
        long commandsBefore = applicationGroupCommit.batchedCommands();
        int transfers = 64;
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < transfers; i++) {
                String reference = "group commit " + i;
                statuses.add(clients.submit(() -> ledger.post("TRANSFER", bank, equity, "1.00", reference).status()));
            }
            for (Future<Integer> status : statuses) {
                assertThat(status.get(30, TimeUnit.SECONDS)).isBetween(200, 299);
            }
        } finally {
            clients.shutdown();
        }
        long batches = applicationGroupCommit.batches() - batchesBefore;
        long commands = applicationGroupCommit.batchedCommands() - commandsBefore;
        assertThat(commands).as("every transfer went through a batch").isGreaterThanOrEqualTo(transfers);
        assertThat(batches).as("16 clients at once: batches of more than one command").isLessThan(commands);
        assertThat(eventually(() -> ledger.balance(bank), "64.00"::equals)).isEqualTo("64.00");
    }
}
