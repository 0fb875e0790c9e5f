package org.backoffice.infra.axon;

import org.axonframework.common.lock.LockFactory;
import org.axonframework.common.lock.PessimisticLockFactory;
import org.axonframework.spring.config.SpringAggregateConfigurer;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;

/**
 * Every aggregate's lock is waited for a bounded time (backoffice.aggregates.lock-wait, 5 s),
 * after which the command gives up as having lost a race (CommandRetryConfiguration) and is run
 * again.
 *
 * Axon's lock only sees this JVM's threads, and PostgreSQL's deadlock detection only sees the
 * database's locks; a wait that runs through both is seen by neither. A group commit's batch
 * (GroupCommit) holds the locks of the aggregates it decided on until its one commit, and its
 * event rows until then too; a command elsewhere on the instance (a process reacting to an event)
 * that holds an aggregate's lock and waits in the database for the batch's rows, while the
 * batch waits for that aggregate, is such a cycle. Unbounded (Axon's default is 60 s, the
 * transaction timeout's too) it ends only when PostgreSQL kills the batch's transaction and every
 * command of it fails. Bounded, the command that waits for the aggregate gives up alone, rolls
 * back to its savepoint, the batch commits, the other side goes on, and the command is retried.
 *
 * Each aggregate type has a lock factory of its own (as Axon's default has), so that equal
 * identifiers of two types never share a lock.
 */
@Configuration(proxyBeanMethods = false)
public class AggregateLockConfiguration {

    static final String LOCK_FACTORY = "aggregateLockFactory";
    private static final int ATTEMPT_MILLIS = 10;

    /** A new lock factory for each aggregate type that asks for one. */
    @Bean(LOCK_FACTORY)
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    public LockFactory aggregateLockFactory(AggregateSettings settings) {
        return lockFactory(settings);
    }

    static LockFactory lockFactory(AggregateSettings settings) {
        long attempts = Math.max(1, settings.lockWait().toMillis() / ATTEMPT_MILLIS);
        return PessimisticLockFactory.builder()
                .lockAttemptTimeout(ATTEMPT_MILLIS)
                .acquireAttempts((int) Math.min(Integer.MAX_VALUE, attempts))
                .build();
    }

    /**
     * The aggregates Axon configures from their @Aggregate (every one that names no repository of
     * its own; AggregateLoadingConfiguration's repositories take the bounded lock themselves) get
     * the bounded lock factory, unless their annotation names another.
     */
    @Bean
    static BeanFactoryPostProcessor boundedAggregateLocks() {
        return beanFactory -> {
            for (String name : beanFactory.getBeanDefinitionNames()) {
                BeanDefinition definition = beanFactory.getBeanDefinition(name);
                if (SpringAggregateConfigurer.class.getName().equals(definition.getBeanClassName())
                        && !definition.getPropertyValues().contains("lockFactory")) {
                    definition.getPropertyValues().add("lockFactory", LOCK_FACTORY);
                }
            }
        };
    }
}
