package org.backoffice.query.audit;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Rebuilds several read models from one reading of the event store: each event is read and
 * decoded once (its payload is deserialised on first use and shared) and handed to every
 * projection being rebuilt. Each projection works through the chunks on a thread of its own, one
 * transaction per chunk with its own tokens, so the projections run in parallel on what was read
 * once, and the slowest sets the pace (the reader waits when one is 4 chunks behind). Axon's own replay (reset the tokens, restart the processors) has each
 * processor read and decode the whole store on its own and commit on its own.
 *
 * The projections' processors are stopped meanwhile; this claims their tokens instead. First, in
 * one transaction, every projection's reset handler clears its tables and its tokens go back to
 * the start; then each chunk advances a projection's tokens with its writes. A crash at any point
 * leaves tables and tokens agreeing, and the processors go on from there by themselves when they
 * start. The stream is read up to a horizon below which no event can still appear (AuditLog's
 * safe horizon), so that the tokens need no gaps; the processors take over above it.
 */
@Component
class SharedStreamReplay {

    private static final Logger log = LoggerFactory.getLogger(SharedStreamReplay.class);
    static final int CHUNK = 1000;

    private final EventProcessingConfiguration processing;
    private final EventStorageEngine storage;
    private final TokenStore tokens;
    private final TransactionManager transactions;

    SharedStreamReplay(EventProcessingConfiguration processing, EventStorageEngine storage, TokenStore tokens,
                       TransactionManager transactions) {
        this.processing = processing;
        this.storage = storage;
        this.tokens = tokens;
        this.transactions = transactions;
    }

    /** How far a rebuild has got; read by the status of the replay. */
    static final class Progress {
        final AtomicLong position = new AtomicLong();
        volatile boolean done;
        volatile Throwable failure;
    }

    private record Projection(String name, EventHandlerInvoker invoker,
                              List<MessageHandlerInterceptor<? super EventMessage<?>>> interceptors, int[] segments) {
    }

    /** Read models whose tokens this instance holds, their tables cleared: ready to be rebuilt. */
    static final class Prepared {
        private final List<Projection> projections;

        private Prepared(List<Projection> projections) {
            this.projections = projections;
        }
    }

    /**
     * Claims the tokens of the named read models, whose processors this instance has stopped, and
     * in the same transaction clears their tables (reset handlers) and sets their tokens back to the
     * start. Nothing is changed if a token cannot be claimed (another instance holds it).
     */
    Prepared claimAndReset(List<String> names) {
        List<Projection> projections = new ArrayList<>();
        for (String name : names) {
            AbstractEventProcessor processor = processing.eventProcessor(name, AbstractEventProcessor.class)
                    .orElseThrow(() -> new IllegalStateException("no processor " + name));
            projections.add(new Projection(name, processor.eventHandlerInvoker(),
                    configuredInterceptors(processor), tokens.fetchSegments(name)));
        }
        long started = System.nanoTime();
        try {
            transactions.executeInTransaction(() -> {
                for (Projection p : projections) {
                    for (int segment : p.segments()) {
                        tokens.fetchToken(p.name(), segment); // claims it for this instance
                    }
                    p.invoker().performReset();
                    for (int segment : p.segments()) {
                        tokens.storeToken(null, p.name(), segment);
                    }
                }
            });
        } catch (RuntimeException | Error e) {
            release(projections);
            throw e;
        }
        log.info("rebuild of {}: tables cleared and tokens reset in {} ms", names, (System.nanoTime() - started) / 1_000_000);
        return new Prepared(projections);
    }

    /**
     * Rebuilds the prepared read models from the start up to horizon; then hands their tokens back
     * (released, at the horizon) for the processors to go on.
     */
    void rebuild(Prepared prepared, long horizon, Progress progress) {
        List<Projection> projections = prepared.projections;
        List<String> names = projections.stream().map(Projection::name).toList();
        List<Worker> workers = projections.stream().map(Worker::new).toList();
        List<Thread> threads = new ArrayList<>();
        for (Worker worker : workers) {
            Thread thread = new Thread(worker, "replay-" + worker.projection.name());
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        long started = System.nanoTime();
        long[] waited = new long[1];
        try {
            try (Stream<? extends TrackedEventMessage<?>> stream = storage.readEvents(null, false)) {
                Iterator<? extends TrackedEventMessage<?>> events = stream.iterator();
                List<TrackedEventMessage<?>> chunk = new ArrayList<>(CHUNK);
                while (events.hasNext() && failure(workers) == null) {
                    TrackedEventMessage<?> event = events.next();
                    if (position(event.trackingToken()) > horizon) {
                        break;
                    }
                    chunk.add(event);
                    if (chunk.size() == CHUNK) {
                        waited[0] += hand(workers, chunk, progress);
                        chunk = new ArrayList<>(CHUNK);
                    }
                }
                if (!chunk.isEmpty()) {
                    waited[0] += hand(workers, chunk, progress);
                }
            }
            long read = System.nanoTime();
            hand(workers, END, progress);
            for (Thread thread : threads) {
                thread.join();
            }
            // Where a rebuild's time goes: reading and decoding (the reader's own time), or the
            // projections' handling (the reader waiting for them, and their tail after the last read).
            log.info("rebuild of {}: {} events read in {} ms, of which {} ms waiting for the projections; "
                            + "the projections finished {} ms after the last read", names,
                    workers.stream().mapToLong(w -> w.events).min().orElse(0), (read - started) / 1_000_000,
                    waited[0] / 1_000_000, (System.nanoTime() - read) / 1_000_000);
            Throwable failed = failure(workers);
            if (failed != null) {
                throw failed instanceof RuntimeException r ? r : new IllegalStateException(failed);
            }
            // Nothing at or below the horizon can still appear: the tokens stand there, without gaps.
            transactions.executeInTransaction(() -> projections.forEach(p -> storeTokens(p, horizon)));
            progress.position.set(horizon);
            progress.done = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            progress.failure = e;
        } catch (RuntimeException | Error e) {
            progress.failure = e;
            log.error("the rebuild of {} failed at position {}; their processors go on from there", names,
                    progress.position.get(), e);
        } finally {
            for (Worker w : workers) { // after a failure: what is queued is dropped, the workers end
                if (w.chunks.peek() != END) {
                    w.chunks.clear();
                    w.chunks.offer(END);
                }
            }
            for (Thread thread : threads) {
                try {
                    thread.join(TimeUnit.SECONDS.toMillis(60));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            release(projections);
        }
    }

    /** The end of the stream, for the workers. */
    private static final List<TrackedEventMessage<?>> END = List.of();

    /**
     * Hands a chunk to every projection's worker (each runs it in a transaction of its own, with
     * its own token, so the projections work in parallel on events read and decoded once); waits
     * while a worker is more than a few chunks behind.
     */
    private static long hand(List<Worker> workers, List<TrackedEventMessage<?>> chunk, Progress progress)
            throws InterruptedException {
        long started = System.nanoTime();
        for (Worker worker : workers) {
            if (!worker.chunks.offer(chunk)) {
                while (!worker.chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                    if (worker.failure != null) {
                        return System.nanoTime() - started;
                    }
                }
            }
        }
        progress.position.set(workers.stream().mapToLong(w -> w.position).min().orElse(0));
        return System.nanoTime() - started;
    }

    private static Throwable failure(List<Worker> workers) {
        return workers.stream().map(w -> w.failure).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** One projection's side of a rebuild: its chunks, one transaction each, with its tokens. */
    private final class Worker implements Runnable {
        final Projection projection;
        final BlockingQueue<List<TrackedEventMessage<?>>> chunks = new ArrayBlockingQueue<>(4);
        volatile long position;
        volatile long events;
        volatile Throwable failure;

        Worker(Projection projection) {
            this.projection = projection;
        }

        @Override
        public void run() {
            try {
                for (List<TrackedEventMessage<?>> chunk = chunks.take(); chunk != END; chunk = chunks.take()) {
                    if (failure == null) {
                        handle(projection, chunk);
                        position = position(chunk.get(chunk.size() - 1).trackingToken());
                        events += chunk.size();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = e;
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }
    }

    private void release(List<Projection> projections) {
        for (Projection p : projections) {
            for (int segment : p.segments()) {
                try {
                    tokens.releaseClaim(p.name(), segment);
                } catch (RuntimeException e) {
                    log.warn("could not release the claim on {} segment {}", p.name(), segment, e);
                }
            }
        }
    }

    /**
     * The interceptors configured for the processor (the read models' marker, correlation data),
     * without the one a tracking processor registers for itself to store its token and extend its
     * claim on the first event of each batch: here the rebuild keeps the tokens.
     */
    private static List<MessageHandlerInterceptor<? super EventMessage<?>>> configuredInterceptors(AbstractEventProcessor processor) {
        String own = TrackingEventProcessor.class.getName() + "$$";
        return processor.getHandlerInterceptors().stream().filter(i -> !i.getClass().getName().startsWith(own)).toList();
    }

    private void handle(Projection p, List<TrackedEventMessage<?>> chunk) {
        long last = position(chunk.get(chunk.size() - 1).trackingToken());
        BatchingUnitOfWork<TrackedEventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(chunk);
        unitOfWork.attachTransaction(transactions);
        unitOfWork.onPrepareCommit(u -> storeTokens(p, last));
        unitOfWork.executeWithResult(() -> {
            TrackedEventMessage<?> event = unitOfWork.getMessage();
            if (p.invoker().canHandle(event, Segment.ROOT_SEGMENT)) {
                new DefaultInterceptorChain<>(unitOfWork, p.interceptors(), message -> {
                    p.invoker().handle(message, Segment.ROOT_SEGMENT);
                    return null;
                }).proceed();
            }
            return null;
        }, RollbackConfigurationType.ANY_THROWABLE);
        if (unitOfWork.getExecutionResult() != null && unitOfWork.getExecutionResult().isExceptionResult()) {
            Throwable failure = unitOfWork.getExecutionResult().getExceptionResult();
            throw failure instanceof RuntimeException r ? r : new IllegalStateException(failure);
        }
    }

    private void storeTokens(Projection p, long position) {
        TrackingToken token = GapAwareTrackingToken.newInstance(position, Set.of());
        for (int segment : p.segments()) {
            tokens.storeToken(token, p.name(), segment);
        }
    }

    private static long position(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("an event without a position"));
    }
}
