package org.backoffice.benchmark;

import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The load phases, all through REST: the command mix at a number of clients, the transfer-only
 * load at a fixed rate with a poller measuring how late the read model sees each transfer, and
 * sequential transfers on one pair of accounts.
 */
final class Load {

    /** Latencies are recorded in microseconds, up to two minutes. */
    static Histogram histogram() {
        return new Histogram(TimeUnit.MINUTES.toMicros(2), 3);
    }

    /** What one phase's commands answered. */
    static final class Result {
        final Histogram latency = histogram();
        long ok;
        long rejected;       // 202 but the transaction was REJECTED (should not happen: nothing overdraws)
        long clientErrors;   // 4xx
        long serverErrors;   // 5xx
        long transportErrors;
        double seconds;
        final List<String> samples = new ArrayList<>();

        double rate() {
            return ok / seconds;
        }

        long errors() {
            return rejected + clientErrors + serverErrors + transportErrors;
        }

        void add(Result other) {
            latency.add(other.latency);
            ok += other.ok;
            rejected += other.rejected;
            clientErrors += other.clientErrors;
            serverErrors += other.serverErrors;
            transportErrors += other.transportErrors;
            for (String s : other.samples) {
                if (samples.size() < 10) {
                    samples.add(s);
                }
            }
        }

        void record(String what, Api.Response r, boolean completedExpected) {
            latency.recordValue(Math.min(latency.getHighestTrackableValue(), Math.max(1, r.nanos() / 1000)));
            if (r.ok()) {
                if (completedExpected && !r.body().contains("\"COMPLETED\"")) {
                    rejected++;
                    sample(what, r);
                } else {
                    ok++;
                }
            } else {
                if (r.status() < 0) {
                    transportErrors++;
                } else if (r.status() >= 500) {
                    serverErrors++;
                } else {
                    clientErrors++;
                }
                sample(what, r);
            }
        }

        private void sample(String what, Api.Response r) {
            if (samples.size() < 10) {
                samples.add(what + " -> " + r);
            }
        }
    }

    private final Api api;
    private final Fixture fixture;

    Load(Api api, Fixture fixture) {
        this.api = api;
        this.fixture = fixture;
    }

    // ---------------------------------------------------------------------------------------
    // The command mix

    /**
     * clients threads send the mix as fast as they can: ~80% TRANSFER between two random seeded
     * accounts, ~10% HR (open a position, hire into it: two commands), ~10% asset moves (assign
     * an asset in stock to an active employee, or return an assigned one). Commands started
     * during the warm-up are not recorded.
     */
    Result mixed(int clients, Duration warmup, Duration measure) {
        long measureStart = System.nanoTime() + warmup.toNanos();
        long end = measureStart + measure.toNanos();
        List<Result> results = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Result result = new Result();
            results.add(result);
            threads.add(thread("client-" + i, () -> mixLoop(result, measureStart, end)));
        }
        threads.forEach(Thread::start);
        joinAll(threads);
        Result total = new Result();
        results.forEach(total::add);
        total.seconds = measure.toNanos() / 1e9;
        return total;
    }

    private void mixLoop(Result result, long measureStart, long end) {
        Result discard = new Result();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
            Result into = now >= measureStart ? result : discard;
            int dice = random.nextInt(100);
            if (dice < 80) {
                randomTransfer(into, random);
            } else if (dice < 90) {
                openAndHire(into, random);
            } else {
                moveAsset(into, random);
            }
        }
    }

    private void randomTransfer(Result into, ThreadLocalRandom random) {
        List<UUID> accounts = fixture.assetAccounts;
        int debit = random.nextInt(accounts.size());
        int credit = random.nextInt(accounts.size() - 1);
        if (credit >= debit) {
            credit++;
        }
        String amount = String.format(Locale.ROOT, "%d.%02d", random.nextInt(10), 1 + random.nextInt(99));
        into.record("TRANSFER", api.post(Commands.TRANSACTIONS, Commands.transfer(UUID.randomUUID(),
                accounts.get(debit), accounts.get(credit), amount, "load")), true);
    }

    private void openAndHire(Result into, ThreadLocalRandom random) {
        String department = Fixture.DEPARTMENTS[random.nextInt(Fixture.DEPARTMENTS.length)];
        UUID position = UUID.randomUUID();
        Api.Response opened = api.post(Commands.POSITIONS, Commands.position(position, "Clerk", department));
        into.record("open position", opened, false);
        if (!opened.ok()) {
            return;
        }
        UUID employee = UUID.randomUUID();
        Api.Response hired = api.post(Commands.EMPLOYEES,
                Commands.hire(employee, position, department, "Clerk", Fixture.startDate()));
        into.record("hire", hired, false);
        if (hired.ok()) {
            fixture.addEmployee(employee);
        }
    }

    private void moveAsset(Result into, ThreadLocalRandom random) {
        Fixture.AssetSlot slot = null;
        for (int attempt = 0; attempt < 20 && slot == null; attempt++) {
            Fixture.AssetSlot candidate = fixture.assets.get(random.nextInt(fixture.assets.size()));
            if (candidate.lock.tryLock()) {
                slot = candidate;
            }
        }
        if (slot == null) {
            return; // every asset tried is being moved by another client
        }
        try {
            // In stock: hand it to someone; held: take it back.
            UUID next = slot.holder == null ? fixture.randomEmployee(random) : null;
            Api.Response r = next != null
                    ? api.post(Commands.assignmentPath(slot.id), Commands.assignment(next))
                    : api.post(Commands.returnPath(slot.id), Commands.assetReturn());
            into.record(next != null ? "assign asset" : "return asset", r, false);
            if (r.ok()) {
                slot.holder = next;
            } else {
                resync(slot);
            }
        } finally {
            slot.lock.unlock();
        }
    }

    /** After a refused move, believe the read model about the asset's state. */
    private void resync(Fixture.AssetSlot slot) {
        Api.Response r = api.get(Commands.ASSETS + "/" + slot.id);
        if (r.status() == 200) {
            String holder = r.json().path("employeeId").asText("");
            slot.holder = "ASSIGNED".equals(r.text("status")) && !holder.isEmpty() ? UUID.fromString(holder) : null;
        }
    }

    // ---------------------------------------------------------------------------------------
    // Projection lag

    record LagResult(Histogram lag, long sampled, long unseen, Result posting) {
    }

    private record Sample(UUID id, long answeredAt) {
    }

    /**
     * senders threads post transfers at rate per second in total; every sampleEvery-th transfer
     * is handed to one poller thread, which polls GET /transactions/{id} (every pollInterval)
     * until the read model shows it COMPLETED. The lag is the time from the POST's answer to the
     * sending of the first poll that sees it. The poller polls the oldest waiting transfer only:
     * the read model applies events in store order, so a later one is rarely visible earlier.
     */
    LagResult projectionLag(double rate, int senders, Duration duration, int sampleEvery, Duration pollInterval) {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long interval = (long) (1e9 / rate);
        AtomicLong nextSlot = new AtomicLong(start);
        AtomicLong sent = new AtomicLong();
        Queue<Sample> waiting = new ConcurrentLinkedQueue<>();
        List<Result> results = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < senders; i++) {
            Result result = new Result();
            results.add(result);
            threads.add(thread("paced-" + i, () -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (long slot = nextSlot.getAndAdd(interval); slot < end; slot = nextSlot.getAndAdd(interval)) {
                    sleepUntil(slot);
                    List<UUID> accounts = fixture.assetAccounts;
                    int debit = random.nextInt(accounts.size());
                    int credit = (debit + 1 + random.nextInt(accounts.size() - 1)) % accounts.size();
                    UUID id = UUID.randomUUID();
                    Api.Response r = api.post(Commands.TRANSACTIONS,
                            Commands.transfer(id, accounts.get(debit), accounts.get(credit), "1.00", "lag"));
                    long answeredAt = System.nanoTime();
                    result.record("TRANSFER", r, true);
                    if (r.ok() && sent.incrementAndGet() % sampleEvery == 0) {
                        waiting.add(new Sample(id, answeredAt));
                    }
                }
            }));
        }
        Histogram lag = histogram();
        long[] unseen = {0};
        long[] sampled = {0};
        Thread poller = thread("poller", () -> {
            long giveUp = TimeUnit.SECONDS.toNanos(30);
            while (true) {
                Sample s = waiting.peek();
                if (s == null) {
                    if (System.nanoTime() > end && threads.stream().noneMatch(Thread::isAlive)) {
                        return;
                    }
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
                    continue;
                }
                long polledAt = System.nanoTime();
                Api.Response r = api.get(Commands.TRANSACTIONS + "/" + s.id());
                if (r.status() == 200 && "COMPLETED".equals(r.text("status"))) {
                    lag.recordValue(Math.max(1, (polledAt - s.answeredAt()) / 1000));
                    sampled[0]++;
                    waiting.poll();
                } else if (polledAt - s.answeredAt() > giveUp) {
                    unseen[0]++;
                    waiting.poll();
                } else {
                    LockSupport.parkNanos(pollInterval.toNanos());
                }
            }
        });
        threads.forEach(Thread::start);
        poller.start();
        joinAll(threads);
        double seconds = (System.nanoTime() - start) / 1e9;
        joinAll(List.of(poller));
        Result total = new Result();
        results.forEach(total::add);
        total.seconds = seconds;
        return new LagResult(lag, sampled[0], unseen[0], total);
    }

    // ---------------------------------------------------------------------------------------
    // One pair of accounts

    /**
     * One transfer between an ASSET account and its counter account: the index-th transfer of
     * the pair debits the asset account when index is even and credits it when odd, so its
     * balance never goes below zero.
     */
    Api.Response alternatingTransfer(UUID asset, UUID counter, long index) {
        boolean debitAsset = index % 2 == 0;
        return api.post(Commands.TRANSACTIONS, Commands.transfer(UUID.randomUUID(),
                debitAsset ? asset : counter, debitAsset ? counter : asset, "1.00", "pair " + index));
    }

    /**
     * Up to count sequential transfers on the pair, continuing its alternation at firstIndex; stops
     * early (after at least five) once budget is spent, so that a slow account cannot stall the run.
     */
    Result sequential(UUID asset, UUID counter, long firstIndex, int count, Duration budget) {
        Result result = new Result();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            if (i >= 5 && System.nanoTime() - start > budget.toNanos()) {
                break;
            }
            result.record("TRANSFER", alternatingTransfer(asset, counter, firstIndex + i), true);
        }
        result.seconds = (System.nanoTime() - start) / 1e9;
        return result;
    }

    // ---------------------------------------------------------------------------------------
    // Waiting for the read models

    /**
     * Posts a marker transfer and waits until the read model shows it: the balances projection
     * applies events in store order, so everything stored before the marker is applied too.
     */
    Duration awaitReadModel(Duration timeout, Runnable progress) {
        long start = System.nanoTime();
        UUID id = UUID.randomUUID();
        api.expect(Commands.TRANSACTIONS, Commands.transfer(id, fixture.assetAccounts.get(0),
                fixture.assetAccounts.get(1), "0.01", "marker"), 202);
        long lastReport = start;
        while (true) {
            Api.Response r = api.get(Commands.TRANSACTIONS + "/" + id);
            if (r.status() == 200 && "COMPLETED".equals(r.text("status"))) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            long now = System.nanoTime();
            if (now - start > timeout.toNanos()) {
                throw new IllegalStateException("the read model did not catch up within " + timeout + " (last answer "
                        + r + ")");
            }
            if (now - lastReport > TimeUnit.SECONDS.toNanos(5)) {
                progress.run();
                lastReport = now;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    // ---------------------------------------------------------------------------------------

    private static void sleepUntil(long nanoTime) {
        for (long wait = nanoTime - System.nanoTime(); wait > 0; wait = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
    }

    private static Thread thread(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        return t;
    }

    private static void joinAll(List<Thread> threads) {
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}
