package org.backoffice.benchmark;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;

/**
 * What the load works on, seeded through REST: an EQUITY account that funds the ASSET accounts
 * (one large TRANSFER each, so small transfers between them never overdraw), a few open
 * positions, employees hired into positions, and registered assets whose state (in stock or held
 * by whom) the benchmark tracks itself.
 */
final class Fixture {

    static final String[] DEPARTMENTS = {"Finance", "IT", "Operations", "Sales", "People"};
    static final String FUNDING = "1000000.00";

    record Size(int assetAccounts, int employees, int openPositions, int assets) {
    }

    /** One asset and who holds it (null: in stock); a thread moves it only while holding the lock. */
    static final class AssetSlot {
        final UUID id;
        final ReentrantLock lock = new ReentrantLock();
        UUID holder;

        AssetSlot(UUID id) {
            this.id = id;
        }
    }

    final UUID equity;
    final List<UUID> assetAccounts;
    final List<AssetSlot> assets;
    private final List<UUID> employees;

    private Fixture(UUID equity, List<UUID> assetAccounts, List<UUID> employees, List<AssetSlot> assets) {
        this.equity = equity;
        this.assetAccounts = assetAccounts;
        this.employees = employees;
        this.assets = assets;
    }

    static Fixture seed(Api api, Size size) {
        String run = UUID.randomUUID().toString().substring(0, 6);
        UUID equity = UUID.randomUUID();
        api.expect(Commands.ACCOUNTS, Commands.account(equity, "3000-" + run, "Owner's equity", "EQUITY"), 201);

        List<UUID> accounts = ids(size.assetAccounts());
        parallel(accounts.size(), i -> api.expect(Commands.ACCOUNTS,
                Commands.account(accounts.get(i), "1" + String.format("%04d", i) + "-" + run, "Bench asset " + i, "ASSET"), 201));
        parallel(accounts.size(), i -> {
            Api.Response r = api.expect(Commands.TRANSACTIONS, Commands.transfer(UUID.randomUUID(), accounts.get(i), equity,
                    FUNDING, "funding " + i), 202);
            if (!"COMPLETED".equals(r.text("status"))) {
                throw new IllegalStateException("funding transfer not completed: " + r);
            }
        });
        Log.info("seeded %d ASSET accounts funded with %s EUR each from one EQUITY account", accounts.size(), FUNDING);

        parallel(size.openPositions(), i -> api.expect(Commands.POSITIONS,
                Commands.position(UUID.randomUUID(), "Open role " + i, DEPARTMENTS[i % DEPARTMENTS.length]), 201));
        List<UUID> employees = Collections.synchronizedList(new ArrayList<>(ids(size.employees())));
        parallel(size.employees(), i -> hire(api, employees.get(i), DEPARTMENTS[i % DEPARTMENTS.length]));
        Log.info("seeded %d open positions and %d employees hired into positions", size.openPositions(), size.employees());

        List<AssetSlot> assets = new ArrayList<>();
        for (UUID id : ids(size.assets())) {
            assets.add(new AssetSlot(id));
        }
        String[] types = {"LAPTOP", "MONITOR", "PHONE", "DESKTOP"};
        parallel(assets.size(), i -> api.expect(Commands.ASSETS,
                Commands.asset(assets.get(i).id, types[i % types.length], "Bench model " + (i % 7)), 201));
        Log.info("seeded %d assets in stock", assets.size());
        return new Fixture(equity, accounts, employees, assets);
    }

    /** Opens a position and hires into it: two commands, both of which must succeed. */
    static void hire(Api api, UUID employee, String department) {
        UUID position = UUID.randomUUID();
        api.expect(Commands.POSITIONS, Commands.position(position, "Clerk", department), 201);
        api.expect(Commands.EMPLOYEES, Commands.hire(employee, position, department, "Clerk", startDate()), 201);
    }

    static LocalDate startDate() {
        return LocalDate.now(ZoneOffset.UTC).minusDays(30);
    }

    UUID randomEmployee(Random random) {
        synchronized (employees) {
            return employees.get(random.nextInt(employees.size()));
        }
    }

    void addEmployee(UUID id) {
        employees.add(id);
    }

    private static List<UUID> ids(int n) {
        List<UUID> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(UUID.randomUUID());
        }
        return ids;
    }

    /** Runs task(0..n-1) on 8 threads; the first failure stops the benchmark. */
    static void parallel(int n, IntConsumer task) {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> task.accept(index)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("seeding failed: " + cause.getMessage(), cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
