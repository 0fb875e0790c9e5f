package org.backoffice.infra.cluster;

import org.backoffice.infra.axon.AxonStorageConfiguration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.backoffice.query.audit.SegmentGathering;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Spreads each processor's segments over the instances that share the database. Axon's tracking
 * processors claim every unclaimed segment they can, so the first instance up would keep them
 * all; every few seconds each instance says it is alive (processing_node), counts the live ones,
 * and lets go of the segments it holds beyond its fair share (segments / instances, rounded up)
 * for a while, in which another instance, whose processor has a thread free, claims them through
 * the token store. An instance that dies stops refreshing its row and its claims time out: the
 * others take its segments and their fair share grows again. A replay gathers every segment of
 * its processor on one instance first (processing_gather): the others let go of them all until it
 * is done. With one segment per processor (the default) nothing is ever released: the whole
 * processor runs on one instance and moves when that one stops.
 */
@Component
public class SegmentBalancer implements SmartLifecycle, SegmentGathering {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final String node;
    private final Duration interval;
    private ScheduledExecutorService timer;
    private volatile boolean running;

    SegmentBalancer(EventProcessingConfiguration processing, JdbcTemplate jdbc, AxonStorageConfiguration.NodeId nodeId,
                    ProcessingSettings settings) {
        Duration interval = settings.balanceInterval();
        this.processing = processing;
        this.jdbc = jdbc;
        this.node = nodeId.value();
        this.interval = interval;
    }

    /** How long a released segment stays released here: long enough for another instance to claim it. */
    private Duration releaseFor() {
        return interval.multipliedBy(5).plusSeconds(5);
    }

    /** An instance is alive while it refreshed its row within this (a few missed beats). */
    private Duration aliveWithin() {
        return interval.multipliedBy(5);
    }

    /** One round: say we are alive, then give back what is beyond our share. Public for tests. */
    public void balance() {
        jdbc.update("""
                insert into processing_node (node_id, seen_at) values (?, now())
                on conflict (node_id) do update set seen_at = now()""", node);
        Long live = jdbc.queryForObject("select count(*) from processing_node where seen_at > now() - ?::interval",
                Long.class, aliveWithin().toMillis() + " milliseconds");
        int instances = (int) Math.max(1, live == null ? 1 : live);
        Map<String, String> gathering = new java.util.HashMap<>();
        jdbc.query("select processor_name, node_id from processing_gather where until > now()",
                rs -> {
                    gathering.put(rs.getString(1), rs.getString(2));
                });
        Map<String, List<Integer>> segmentsOf = new java.util.HashMap<>();
        jdbc.query("select processor_name, segment from token_entry", rs -> {
            segmentsOf.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getInt(2));
        });
        for (Map.Entry<String, StreamingEventProcessor> entry : streamingProcessors().entrySet()) {
            List<Integer> segments = segmentsOf.getOrDefault(entry.getKey(), List.of());
            StreamingEventProcessor processor = entry.getValue();
            if (!processor.isRunning()) {
                continue;
            }
            List<Integer> held = new ArrayList<>(processor.processingStatus().keySet());
            String gatherer = gathering.get(entry.getKey());
            if (gatherer != null && !gatherer.equals(node)) {
                // Another instance replays it: let go of every segment, held or not, so that none
                // is claimed here while that instance shuts its processor down to reset it.
                for (Integer segment : segments) {
                    if (held.contains(segment)) {
                        log.info("Releasing segment {} of {}: gathered on {}", segment, entry.getKey(), gatherer);
                    }
                    processor.releaseSegment(segment, releaseFor().toMillis(), TimeUnit.MILLISECONDS);
                }
                continue;
            }
            if (gatherer != null) {
                continue; // gathered here: keep everything
            }
            int share = (int) Math.ceil(segments.size() / (double) instances);
            held.sort(null);
            for (int i = share; i < held.size(); i++) {
                log.info("Releasing segment {} of {} for {} (share {} of {} instances)", held.get(i), entry.getKey(),
                        releaseFor(), share, instances);
                processor.releaseSegment(held.get(i), releaseFor().toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    private Map<String, StreamingEventProcessor> streamingProcessors() {
        Map<String, StreamingEventProcessor> found = new java.util.TreeMap<>();
        processing.eventProcessors().forEach((name, p) -> {
            if (p instanceof StreamingEventProcessor s) {
                found.put(name, s);
            }
        });
        return found;
    }

    /** Asks the other instances to let go of every segment of the processor, for at most the given time. */
    @Override
    public void gather(String processorName, Duration atMost) {
        jdbc.update("""
                insert into processing_gather (processor_name, node_id, until) values (?, ?, now() + ?::interval)
                on conflict (processor_name) do update set node_id = excluded.node_id, until = excluded.until""",
                processorName, node, atMost.toMillis() + " milliseconds");
    }

    /** Ends a gathering this instance asked for. */
    @Override
    public void release(String processorName) {
        jdbc.update("delete from processing_gather where processor_name = ? and node_id = ?", processorName, node);
    }

    @Override
    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "segment-balancer");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                balance();
            } catch (RuntimeException e) {
                log.warn("Segment balancing round failed: {}", e.toString());
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (timer != null) {
            timer.shutdownNow();
        }
        try {
            // Gone: the others need not wait for this row to age before counting without us.
            jdbc.update("delete from processing_node where node_id = ?", node);
        } catch (RuntimeException e) {
            log.debug("Could not remove this instance's row: {}", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Stopped before Axon's processors and the database go.
        return Integer.MAX_VALUE - 10;
    }
}
