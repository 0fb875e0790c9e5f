package org.backoffice.command.common;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * A real Axon configuration with an in-memory event store, for the steps that span aggregates
 * (AggregateTestFixture holds one aggregate): the aggregates, the components they are given and
 * the handlers that span them, then commands in and the stored events out. One setup for every
 * such test of the command side.
 */
public final class InMemoryAxon implements AutoCloseable {

    private final Configuration axon;

    private InMemoryAxon(Configuration axon) {
        this.axon = axon;
    }

    public static Builder with(Class<?>... aggregates) {
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine());
        for (Class<?> aggregate : aggregates) {
            configurer.configureAggregate(aggregate);
        }
        return new Builder(configurer);
    }

    public static final class Builder {
        private final Configurer configurer;

        private Builder(Configurer configurer) {
            this.configurer = configurer;
        }

        /** A component the aggregates' handlers are given (a directory, the vault, the clock). */
        public <T> Builder component(Class<T> type, T instance) {
            configurer.registerComponent(type, c -> instance);
            return this;
        }

        /** An event handler run in the command's unit of work, as the lookup tables are. */
        public Builder eventHandler(Object handler) {
            configurer.eventProcessing().usingSubscribingEventProcessors().registerEventHandler(c -> handler);
            return this;
        }

        /** A handler that spans aggregates, made from the configuration (for its repositories). */
        public Builder handler(Function<Configuration, Object> handler) {
            configurer.registerCommandHandler(handler);
            return this;
        }

        public InMemoryAxon start() {
            Configuration axon = configurer.buildConfiguration();
            axon.start();
            return new InMemoryAxon(axon);
        }
    }

    public CommandGateway commands() {
        return axon.commandGateway();
    }

    /** Everything stored for one aggregate, in order. */
    public List<Object> eventsOf(UUID aggregate) {
        return axon.eventStore().readEvents(aggregate.toString()).asStream().map(Message::getPayload)
                .map(Object.class::cast).toList();
    }

    @Override
    public void close() {
        axon.shutdown();
    }
}
