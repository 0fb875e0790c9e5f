package org.backoffice.infra.axon;

import org.backoffice.infra.cluster.StreamCheckedCachingRepository;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.Repository;
import org.backoffice.command.accounting.ledger.Account;
import org.backoffice.command.hr.employment.Employee;
import org.backoffice.command.hr.employment.Position;
import org.backoffice.command.it.asset.Asset;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * How aggregates are loaded for a command, so that its cost does not grow with the aggregate's
 * history (an account takes two events per posting, forever):
 * <ul>
 * <li>A cache ("aggregateCache") keeps the {@code backoffice.aggregates.cache-size} most recently
 * used aggregates in memory between commands (see BoundedAggregateCache for why not weak
 * references). A unit of work that rolls back evicts the aggregate (Axon's
 * CachingEventSourcingRepository), and a stale entry — another instance appended in between —
 * makes the append fail on the (aggregate, sequence) key instead of writing anything wrong.</li>
 * <li>Snapshots ("aggregateSnapshotTrigger") every {@code backoffice.aggregates.snapshot-threshold}
 * events, so that a cache miss reads one snapshot and fewer than that many events. Taken after
 * the command's commit on a background thread; a snapshot that cannot be taken (queue full) is
 * simply taken at a later threshold, since it is only a cache of what the events say.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class AggregateLoadingConfiguration {

    /**
     * 10,000 by default: every account, employee, asset and position of a mid-sized company, at
     * roughly a kilobyte each (an aggregate here is a handful of fields), so about 10 MiB of heap.
     */
    @Bean
    public Cache aggregateCache(AggregateSettings settings) {
        return new BoundedAggregateCache(settings.cacheSize());
    }

    /**
     * Builds the cached aggregates' repositories (named in their @Aggregate): Axon's caching
     * event-sourcing repository, checking each cache hit against the stored stream
     * (StreamCheckedCachingRepository), each type with a bounded wait for its aggregates' locks
     * (AggregateLockConfiguration).
     */
    public record CachedRepositories(EventStore eventStore, Cache cache, ParameterResolverFactory parameterResolverFactory,
                                     HandlerDefinition handlerDefinition, JdbcTemplate jdbc, AggregateSettings settings) {

        <T> Repository<T> of(Class<T> type, SnapshotTriggerDefinition snapshots) {
            return new StreamCheckedCachingRepository<>(EventSourcingRepository.builder(type)
                    .eventStore(eventStore)
                    .snapshotTriggerDefinition(snapshots)
                    .lockFactory(AggregateLockConfiguration.lockFactory(settings))
                    .parameterResolverFactory(parameterResolverFactory)
                    .handlerDefinition(handlerDefinition), cache, jdbc);
        }
    }

    @Bean
    public CachedRepositories cachedRepositories(EventStore eventStore, Cache aggregateCache,
                                                 ParameterResolverFactory parameterResolverFactory,
                                                 HandlerDefinition handlerDefinition, JdbcTemplate jdbc,
                                                 AggregateSettings settings) {
        return new CachedRepositories(eventStore, aggregateCache, parameterResolverFactory, handlerDefinition, jdbc, settings);
    }

    @Bean
    public Repository<Account> accountRepository(CachedRepositories repositories, SnapshotTriggerDefinition aggregateSnapshotTrigger) {
        return repositories.of(Account.class, aggregateSnapshotTrigger);
    }

    @Bean
    public Repository<Employee> employeeRepository(CachedRepositories repositories, SnapshotTriggerDefinition aggregateSnapshotTrigger) {
        return repositories.of(Employee.class, aggregateSnapshotTrigger);
    }

    @Bean
    public Repository<Asset> assetRepository(CachedRepositories repositories, SnapshotTriggerDefinition aggregateSnapshotTrigger) {
        return repositories.of(Asset.class, aggregateSnapshotTrigger);
    }

    /** Partners: an event per invoice, payment and allocation, for years; cached and snapshotted. */
    @Bean
    public Repository<org.backoffice.command.accounting.partner.Partner> partnerRepository(CachedRepositories repositories,
                                                                                    SnapshotTriggerDefinition aggregateSnapshotTrigger) {
        return repositories.of(org.backoffice.command.accounting.partner.Partner.class, aggregateSnapshotTrigger);
    }

    /** Payment runs: a handful of events each (one per payment booked); cached, never snapshotted. */
    @Bean
    public Repository<org.backoffice.command.accounting.paymentrun.PaymentRun> paymentRunRepository(CachedRepositories repositories) {
        return repositories.of(org.backoffice.command.accounting.paymentrun.PaymentRun.class, NoSnapshotTriggerDefinition.INSTANCE);
    }

    /**
     * Payroll runs: one event per employee paid and per chunk calculated, every step of a run
     * loads it again; cached, never snapshotted (a run's payments are its state).
     */
    @Bean
    public Repository<org.backoffice.command.accounting.payroll.PayrollRun> payrollRunRepository(CachedRepositories repositories) {
        return repositories.of(org.backoffice.command.accounting.payroll.PayrollRun.class, NoSnapshotTriggerDefinition.INSTANCE);
    }

    /** Bank statements: one event per entry matched; cached, never snapshotted. */
    @Bean
    public Repository<org.backoffice.command.accounting.bank.BankStatement> bankStatementRepository(CachedRepositories repositories) {
        return repositories.of(org.backoffice.command.accounting.bank.BankStatement.class, NoSnapshotTriggerDefinition.INSTANCE);
    }

    /** Applicants: a handful of events each; cached, never snapshotted. */
    @Bean
    public Repository<org.backoffice.command.hr.recruiting.Applicant> applicantRepository(CachedRepositories repositories) {
        return repositories.of(org.backoffice.command.hr.recruiting.Applicant.class, NoSnapshotTriggerDefinition.INSTANCE);
    }

    /** Standing orders: one event a month each; cached, never snapshotted. */
    @Bean
    public Repository<org.backoffice.command.accounting.standingorder.StandingOrder> standingOrderRepository(CachedRepositories repositories) {
        return repositories.of(org.backoffice.command.accounting.standingorder.StandingOrder.class, NoSnapshotTriggerDefinition.INSTANCE);
    }

    /** Positions are few and short-lived: cached, never snapshotted. */
    @Bean
    public Repository<Position> positionRepository(CachedRepositories repositories) {
        return repositories.of(Position.class, NoSnapshotTriggerDefinition.INSTANCE);
    }

    @Bean
    public SpringAggregateSnapshotter aggregateSnapshotter(org.axonframework.config.Configuration configuration,
                                                           HandlerDefinition handlerDefinition,
                                                           ParameterResolverFactory parameterResolverFactory,
                                                           EventStore eventStore,
                                                           TransactionManager transactionManager) {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(1_000), runnable -> {
                    Thread thread = new Thread(runnable, "aggregate-snapshotter");
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.DiscardPolicy());
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .executor(executor)
                .build();
    }

    @Bean
    public SnapshotTriggerDefinition aggregateSnapshotTrigger(Snapshotter aggregateSnapshotter,
                                                              AggregateSettings settings) {
        return new EventCountSnapshotTriggerDefinition(aggregateSnapshotter, settings.snapshotThreshold());
    }
}
