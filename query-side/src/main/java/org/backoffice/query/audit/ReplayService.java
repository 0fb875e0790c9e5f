package org.backoffice.query.audit;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rebuilds read models from the events: the projections' processors are stopped, their reset
 * handlers clear their tables, and every event is handled again, read once for all of them
 * (SharedStreamReplay); then the processors go on from where the rebuild stopped. Only
 * the read models can be replayed; processors with side effects (payroll payments, offboarding)
 * are not on the list, and their handlers refuse replays anyway (@DisallowReplay). The read
 * endpoints keep answering while a replay runs (with what is rebuilt so far).
 */
@Component
public class ReplayService {

    public static final Set<String> PROJECTIONS = Set.of("balances", "headcount", "inventory", "trail");

    public enum Status { RUNNING, COMPLETED, FAILED }

    public record ReplayView(UUID id, List<String> projections, Status status, double progress, long eventsProcessed,
                             long eventsToProcess, Instant startedAt, Instant completedAt, String error) {
    }

    private record Replay(UUID id, List<String> projections, long head, long eventsToProcess, Instant startedAt,
                          SharedStreamReplay.Progress rebuild) {
    }

    /** How long the other instances keep off a replayed processor at most (a replay ends it sooner). */
    static final Duration GATHER_FOR = Duration.ofMinutes(30);
    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final SegmentGathering gathering;
    private final Duration gatherTimeout;
    private final Map<UUID, Replay> replays = new ConcurrentHashMap<>();
    private final Map<UUID, Instant> completed = new ConcurrentHashMap<>();
    private final SharedStreamReplay sharedStream;
    private final AuditLog log;

    ReplayService(EventProcessingConfiguration processing, JdbcTemplate jdbc, SegmentGathering gathering,
                  ReplaySettings settings, SharedStreamReplay sharedStream, AuditLog log) {
        Duration gatherTimeout = settings.gatherTimeout();
        this.sharedStream = sharedStream;
        this.log = log;
        this.processing = processing;
        this.jdbc = jdbc;
        this.gathering = gathering;
        this.gatherTimeout = gatherTimeout;
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no streaming processor " + name));
    }

    public synchronized UUID start(List<String> projections) {
        List<String> names = projections.stream().distinct().toList();
        for (String name : names) {
            if (!PROJECTIONS.contains(name)) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                        "unknown projection '" + name + "': one of " + PROJECTIONS);
            }
            if (replays.values().stream().anyMatch(r -> r.projections().contains(name) && !isDone(r))) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, "a replay of " + name + " is already running");
            }
        }
        for (String name : names) {
            if (!processor(name).isRunning()) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, "the read model " + name
                        + " is not being processed by this instance (it is stopping or starting): try again in a few seconds");
            }
        }
        // A reset needs every segment of the processor here: the other instances sharing the
        // database let go of theirs (SegmentGathering) until the replay is done.
        names.forEach(name -> gathering.gather(name, GATHER_FOR));
        long deadline = System.nanoTime() + gatherTimeout.toNanos();
        while (!names.stream().allMatch(this::holdsEverySegment)) {
            if (System.nanoTime() > deadline) {
                names.forEach(gathering::release);
                throw new ResponseStatusException(HttpStatus.CONFLICT, "could not take over every segment of "
                        + names + " from the other instances within " + gatherTimeout.toSeconds() + " s: try again");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                names.forEach(gathering::release);
                throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "this instance is shutting down; nothing was started");
            }
        }
        Long head = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        long horizon = log.safeHorizon(0);
        List<StreamingEventProcessor> processors = names.stream().map(this::processor).toList();
        processors.forEach(p -> p.shutdownAsync().join());
        SharedStreamReplay.Prepared prepared;
        try {
            prepared = sharedStream.claimAndReset(names);
        } catch (org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException stillHeld) {
            processors.forEach(StreamingEventProcessor::start);
            names.forEach(gathering::release);
            throw new ResponseStatusException(HttpStatus.CONFLICT, "another instance took a segment of " + names
                    + " back before it could be reset, so the replay did not start: try again");
        } catch (RuntimeException e) {
            processors.forEach(StreamingEventProcessor::start);
            names.forEach(gathering::release);
            throw e;
        }
        SharedStreamReplay.Progress progress = new SharedStreamReplay.Progress();
        Thread rebuild = new Thread(() -> {
            try {
                sharedStream.rebuild(prepared, horizon, progress);
            } finally {
                processors.forEach(StreamingEventProcessor::start); // on from the rebuild's tokens, done or not
                if (progress.failure != null) {
                    names.forEach(gathering::release);
                }
            }
        }, "replay-" + String.join("-", names));
        rebuild.setDaemon(true);
        rebuild.start();
        UUID id = UUID.randomUUID();
        replays.put(id, new Replay(id, names, head == null ? 0 : head, count == null ? 0 : count, Instant.now(), progress));
        return id;
    }

    private boolean holdsEverySegment(String name) {
        Long segments = jdbc.queryForObject("select count(*) from token_entry where processor_name = ?", Long.class, name);
        int held = processor(name).processingStatus().size();
        return held > 0 && segments != null && held >= segments;
    }

    /**
     * How far a projection has got: the lowest position of its segments, or empty while no segment
     * is claimed here (starting, or released after an error). Read once per question, so that
     * "done" and "how many" are answered from the same moment.
     */
    private OptionalLong position(String name) {
        Map<Integer, EventTrackerStatus> segments = processor(name).processingStatus();
        if (segments.isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(segments.values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(p -> p.orElse(0L)).min().orElse(0L));
    }

    /** The lowest position reached by all of the replay's projections (0 if one has none yet). */
    private long reached(Replay r) {
        return r.projections().stream().map(this::position)
                .mapToLong(p -> p.orElse(0L)).min().orElse(0L);
    }

    /**
     * Done when every projection has handled every event stored when the replay began. (Axon keeps
     * a replay token until the next new event arrives, so "replaying" alone would never end on a
     * quiet store.)
     */
    private boolean isDone(Replay r) {
        return r.rebuild().done && reached(r) >= r.head();
    }

    public Optional<ReplayView> status(UUID id) {
        Replay r = replays.get(id);
        if (r == null) {
            return Optional.empty();
        }
        boolean failed = r.rebuild().failure != null || r.projections().stream().anyMatch(n -> processor(n).isError());
        boolean rebuilt = r.rebuild().done;
        long position = rebuilt ? reached(r) : r.rebuild().position.get();
        boolean done = rebuilt && position >= r.head();
        Long processed = jdbc.queryForObject("select count(*) from domain_event_entry where global_index <= ?",
                Long.class, Math.min(position, r.head()));
        if (done) {
            if (completed.putIfAbsent(id, Instant.now()) == null) {
                r.projections().forEach(gathering::release);
            }
        }
        Status status = done ? Status.COMPLETED : failed ? Status.FAILED : Status.RUNNING;
        double progress = r.eventsToProcess() == 0 ? 1.0 : Math.min(1.0, (double) processed / r.eventsToProcess());
        return Optional.of(new ReplayView(r.id(), r.projections(), status, done ? 1.0 : progress,
                processed == null ? 0 : processed, r.eventsToProcess(), r.startedAt(), completed.get(id),
                failed ? "a projection failed while replaying; see the server log" : null));
    }
}
