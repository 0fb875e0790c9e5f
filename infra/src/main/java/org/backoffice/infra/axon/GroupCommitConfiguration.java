package org.backoffice.infra.axon;

import org.axonframework.commandhandling.CommandBusSpanFactory;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;

/** Group commit of users' commands (GroupCommit): its transactions, its command bus, its workers. */
@Configuration(proxyBeanMethods = false)
public class GroupCommitConfiguration {

    /** Spring's transactions for Axon, savepoints for the commands of a batch. */
    @Bean
    public TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager, DataSource dataSource) {
        return new GroupCommitTransactionManager(new SpringTransactionManager(transactionManager), dataSource);
    }

    /** Axon's simple command bus as its auto-configuration builds it, with batches' units of work. */
    @Bean
    public GroupCommitCommandBus commandBus(TransactionManager transactionManager, org.axonframework.config.Configuration configuration,
                                            DuplicateCommandHandlerResolver duplicateCommandHandlerResolver) {
        GroupCommitCommandBus bus = new GroupCommitCommandBus(SimpleCommandBus.builder()
                .duplicateCommandHandlerResolver(duplicateCommandHandlerResolver)
                .spanFactory(configuration.getComponent(CommandBusSpanFactory.class))
                .messageMonitor(configuration.messageMonitor(CommandBus.class, "commandBus")), transactionManager);
        bus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(configuration.correlationDataProviders()));
        return bus;
    }

    @Bean
    public GroupCommit groupCommit(GroupCommitCommandBus commandBus, PlatformTransactionManager transactionManager,
                                   Cache aggregateCache, GroupCommitSettings settings) {
        return new GroupCommit(commandBus, transactionManager, aggregateCache, settings);
    }
}
