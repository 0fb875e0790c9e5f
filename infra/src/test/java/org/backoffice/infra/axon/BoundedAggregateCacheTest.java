package org.backoffice.infra.axon;

import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class BoundedAggregateCacheTest {

    @Test
    void keepsAtMostItsSizeAndTellsListenersWhatItEvicted() {
        BoundedAggregateCache cache = new BoundedAggregateCache(100);
        List<Object> expired = new ArrayList<>();
        cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryExpired(Object key) {
                synchronized (expired) {
                    expired.add(key);
                }
            }
        });
        IntStream.range(0, 1_000).forEach(i -> cache.put("aggregate-" + i, new Object()));
        await().untilAsserted(() -> {
            cache.containsKey("aggregate-0"); // reads and writes drive Caffeine's maintenance
            assertThat(cache.size()).isLessThanOrEqualTo(100);
            synchronized (expired) {
                assertThat(expired).hasSizeGreaterThanOrEqualTo(900);
            }
        });
    }

    @Test
    void keepsStrongReferencesThroughGarbageCollections() {
        BoundedAggregateCache cache = new BoundedAggregateCache(10);
        cache.put("account", new StringBuilder("not referenced anywhere else"));
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        assertThat(cache.<String, StringBuilder>get("account")).hasToString("not referenced anywhere else");
    }

    @Test
    void putIfAbsentRemoveAndRemoveAllBehaveAsAxonExpects() {
        BoundedAggregateCache cache = new BoundedAggregateCache(10);
        assertThat(cache.putIfAbsent("a", 1)).isTrue();
        assertThat(cache.putIfAbsent("a", 2)).isFalse();
        assertThat(cache.<String, Integer>get("a")).isEqualTo(1);
        cache.computeIfPresent("a", (Integer v) -> v + 10);
        assertThat(cache.<String, Integer>get("a")).isEqualTo(11);
        assertThat(cache.remove("a")).isTrue();
        assertThat(cache.remove("a")).isFalse();
        cache.put("b", 1);
        cache.put("c", 1);
        cache.removeAll();
        assertThat(cache.containsKey("b") || cache.containsKey("c")).isFalse();
    }
}
