package org.backoffice.infra.axon;

import org.axonframework.common.lock.Lock;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.axonframework.common.lock.LockFactory;
import org.axonframework.config.AggregateConfiguration;
import org.axonframework.modelling.command.LockingRepository;
import org.axonframework.modelling.command.Repository;
import org.backoffice.infra.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every aggregate's lock is waited for a bounded time (AggregateLockConfiguration), the
 * aggregates with a repository of their own (AggregateLoadingConfiguration) and those Axon
 * configures from their annotation alike; and the command that gave up counts as a lost race, so
 * it is run again instead of answered 500.
 */
class AggregateLockTest extends ApiTest {

    @Autowired
    org.axonframework.config.Configuration axon;
    @Autowired
    AggregateSettings settings;

    @Test
    void aCommandWaitsForAnAggregateOfAnyTypeOnlyABoundedTime() throws Exception {
        Map<Class<?>, LockFactory> factories = new java.util.LinkedHashMap<>();
        for (AggregateConfiguration<?> aggregate : axon.findModules(AggregateConfiguration.class)) {
            factories.put(aggregate.aggregateType(), lockFactoryOf(aggregate.repository()));
        }
        assertThat(factories).as("the command side's aggregates").hasSizeGreaterThan(20)
                .containsKeys(org.backoffice.command.accounting.ledger.Account.class,
                        org.backoffice.command.hr.leave.LeaveAccount.class);
        Set<LockFactory> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        distinct.addAll(factories.values());
        assertThat(distinct).as("one lock factory per aggregate type").hasSameSizeAs(factories.values());

        // This thread holds the same identifier's lock of every type; another thread asks for each.
        String identifier = UUID.randomUUID().toString();
        List<Lock> held = new ArrayList<>();
        factories.values().forEach(factory -> held.add(factory.obtainLock(identifier)));
        ExecutorService waiters = Executors.newFixedThreadPool(factories.size());
        try {
            long start = System.nanoTime();
            List<Future<Throwable>> outcomes = new ArrayList<>();
            for (LockFactory factory : factories.values()) {
                outcomes.add(waiters.submit(() -> catchThrowable(() -> factory.obtainLock(identifier).release())));
            }
            for (Future<Throwable> outcome : outcomes) {
                assertThat(outcome.get(settings.lockWait().toSeconds() + 30, TimeUnit.SECONDS))
                        .isInstanceOf(LockAcquisitionFailedException.class);
            }
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            assertThat(waited).as("gave up after about lock-wait").isLessThan(settings.lockWait().plusSeconds(20));
        } finally {
            held.forEach(Lock::release);
            waiters.shutdownNow();
        }
        assertThat(CommandRetryConfiguration.isLostRace(
                new org.axonframework.commandhandling.CommandExecutionException("wrapped", new LockAcquisitionFailedException("gave up"))))
                .as("giving up on a lock is a lost race, run again").isTrue();
    }

    private static LockFactory lockFactoryOf(Repository<?> repository) throws ReflectiveOperationException {
        assertThat(repository).isInstanceOf(LockingRepository.class);
        Field field = LockingRepository.class.getDeclaredField("lockFactory");
        field.setAccessible(true);
        return (LockFactory) field.get(repository);
    }
}
