package org.backoffice.infra.axon;

import org.backoffice.infra.persistence.InstanceSettings;
import org.backoffice.infra.persistence.DatabaseSettings;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLErrorCodesResolver;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

/**
 * Axon's storage on PostgreSQL through the JDBC engines, with Jackson everywhere (never
 * XStream). The JDBC engine writes payloads as bytea and lets PostgreSQL's bigserial assign the
 * global index, so there is no Hibernate sequence batching to leave gaps; the table and column
 * names are given in snake_case because the engines' defaults are camel-case.
 */
@Configuration(proxyBeanMethods = false)
public class AxonStorageConfiguration {

    /**
     * Axon's own mapper, apart from the web's: stored events must stay readable when a later
     * version adds a field (unknown properties ignored), while requests reject unknown fields.
     */
    static ObjectMapper axonObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    static Serializer jackson() {
        return JacksonSerializer.builder().objectMapper(axonObjectMapper()).lenientDeserialization().build();
    }

    /**
     * Snapshots are aggregates' fields (aggregates have no getters). Strict: a snapshot that no
     * longer fits its class fails to read, and Axon then rebuilds the aggregate from its events.
     */
    static Serializer snapshotSerializer() {
        ObjectMapper fields = axonObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        return JacksonSerializer.builder().objectMapper(fields).build();
    }

    @Bean
    @Primary
    public Serializer serializer() {
        return jackson();
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer() {
        return jackson();
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer() {
        return jackson();
    }

    @Bean
    public ConnectionProvider connectionProvider(DataSource dataSource) {
        // Spring's transaction-bound connection, without Axon's unit-of-work wrapper: that wrapper
        // commits or rolls back the whole connection when a unit of work ends, which would end a
        // group commit's batch (GroupCommit) at its first command. Every unit of work that touches
        // the store runs in a Spring transaction, which already holds one connection for it.
        return new SpringDataSourceConnectionProvider(dataSource);
    }

    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver(DataSource dataSource) throws SQLException {
        // Recognises PostgreSQL's unique violation (23505) on (aggregate_identifier,
        // sequence_number) as a concurrent append to the same aggregate.
        return new SQLErrorCodesResolver(dataSource);
    }

    public static EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    /**
     * A hole in the event positions may be given up by a processor once the events after it are
     * older than the gap timeout; only if every transaction ends well before that is a hole
     * given up certain never to be filled (application.yml explains the bound). Refuses to start
     * on settings that would let a late commit be skipped by the read models.
     */
    static void requireGapTimeoutAboveTransactionBound(Duration gapTimeout, Duration transactionTimeout) {
        if (transactionTimeout.isZero() || transactionTimeout.isNegative()
                || gapTimeout.compareTo(transactionTimeout.multipliedBy(2)) <= 0) {
            throw new IllegalStateException("backoffice.events.gap-timeout (" + gapTimeout
                    + ") must be more than twice backoffice.database.transaction-timeout (" + transactionTimeout
                    + "), and the latter must be set: otherwise a transaction that commits late could be skipped "
                    + "by the read models");
        }
    }

    @Bean
    public EventStorageEngine eventStorageEngine(Serializer serializer,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 org.axonframework.config.Configuration configuration,
                                                 EventStoreSettings events, DatabaseSettings database) {
        Duration gapTimeout = events.gapTimeout();
        requireGapTimeoutAboveTransactionBound(gapTimeout, database.transactionTimeout());
        return JdbcEventStorageEngine.builder()
                .gapTimeout(Math.toIntExact(gapTimeout.toMillis()))
                .snapshotSerializer(snapshotSerializer())
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema())
                .dataType(byte[].class)
                // Events read per query, by processors and when loading an aggregate: the default
                // of 100 makes a replay of a million events ten thousand queries per processor.
                .batchSize(1000)
                .build();
    }

    /** The name under which this instance claims processors' tokens (token_entry.owner). */
    public record NodeId(String value) {
    }

    /**
     * Unique per start of the application, not Axon's default (the JVM's pid@host): two
     * instances in one JVM, or a container restarted with the same pid, must never believe they
     * own each other's claims, or both would process the same events.
     */
    @Bean
    public NodeId nodeId(InstanceSettings instance) {
        String configured = instance.nodeId();
        return new NodeId(configured.isBlank()
                ? ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8)
                : configured);
    }

    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, NodeId nodeId) {
        return JdbcTokenStore.builder()
                .nodeId(nodeId.value())
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .contentType(byte[].class)
                .schema(TokenSchema.builder()
                        .setTokenTable("token_entry")
                        .setProcessorNameColumn("processor_name")
                        .setSegmentColumn("segment")
                        .setTokenColumn("token")
                        .setTokenTypeColumn("token_type")
                        .setTimestampColumn("timestamp")
                        .setOwnerColumn("owner")
                        .build())
                .build();
    }

    /**
     * No saga uses it (the processes are event processors and deadlines). It stays because Axon's
     * JPA autoconfiguration registers a JPA saga store of its own whenever none is defined (JPA
     * is on the classpath for the read models): removing this would swap it, not remove it.
     */
    @Bean
    public SagaStore<Object> sagaStore(ConnectionProvider connectionProvider, Serializer serializer) {
        return JdbcSagaStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .sqlSchema(new PostgresSagaSqlSchema(SagaSchema.builder()
                        .sagaEntryTable("saga_entry")
                        .associationValueEntryTable("association_value_entry")
                        .sagaIdColumn("saga_id")
                        .sagaTypeColumn("saga_type")
                        .revisionColumn("revision")
                        .serializedSagaColumn("serialized_saga")
                        .associationKeyColumn("association_key")
                        .associationValueColumn("association_value")
                        .build()))
                .build();
    }
}
