package org.backoffice.infra.cluster;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Objects;

/**
 * An aggregate from the cache is used only if it is still the latest version in the store.
 *
 * Several application instances share one PostgreSQL, each with its own cache. Without this
 * check, instance A could decide on an account as it was before instance B's last posting: a
 * write on it would fail on the (aggregate, sequence) key and be retried (nothing wrong stored),
 * but a decision without a write — refusing a debit for lack of funds that B has just credited —
 * would be wrong and final. The check is one indexed read of the stream's head (kept by the
 * event store's chain trigger in the same transaction as every append), inside the command's
 * transaction, made for cache hits only; a stale entry is dropped and the aggregate read from the
 * store.
 */
public final class StreamCheckedCachingRepository<T> extends CachingEventSourcingRepository<T> {

    private final Cache cache;
    private final JdbcTemplate jdbc;

    public StreamCheckedCachingRepository(EventSourcingRepository.Builder<T> builder, Cache cache, JdbcTemplate jdbc) {
        super(builder.cache(cache));
        this.cache = cache;
        this.jdbc = jdbc;
    }

    @Override
    protected EventSourcedAggregate<T> doLoadWithLock(String aggregateIdentifier, Long expectedVersion) {
        boolean fromCache = cache.containsKey(aggregateIdentifier);
        EventSourcedAggregate<T> aggregate = super.doLoadWithLock(aggregateIdentifier, expectedVersion);
        if (!fromCache) {
            return aggregate; // just read from the store: nothing to check
        }
        Long stored = lastStoredSequence(aggregateIdentifier);
        // No head at all: the cached aggregate's events are not in the store (the batch of a
        // group commit that decided them failed to commit), so it does not exist there either.
        if (!Objects.equals(stored, aggregate.version())) {
            cache.remove(aggregateIdentifier);
            aggregate = super.doLoadWithLock(aggregateIdentifier, expectedVersion);
        }
        return aggregate;
    }

    private Long lastStoredSequence(String aggregateIdentifier) {
        List<Long> head = jdbc.queryForList(
                "select last_sequence from event_stream_head where aggregate_identifier = ?", Long.class,
                aggregateIdentifier);
        return head.isEmpty() ? null : head.get(0);
    }
}
