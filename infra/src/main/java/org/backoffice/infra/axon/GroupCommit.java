package org.backoffice.infra.axon;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.callbacks.NoOpCallback;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Group commit: users' commands that arrive together share one database transaction.
 *
 * A command sent by a request (web page or REST) is queued instead of run on the request's thread.
 * A worker takes what is queued (up to batchSize, and no more once the batch has run budgetMs),
 * and runs the commands one by one, each in a savepoint of one transaction
 * (GroupCommitTransactionManager): each is decided on the state the ones before it left, exactly
 * as if they had run one after the other. A command that fails rolls back to its savepoint and
 * leaves the others be. Then the batch commits once, and only then does each request hear its
 * command's outcome: nothing is acknowledged before it is durable, and a crash loses only
 * commands whose senders were never answered. The commit, its round trips and the read models'
 * work on the new events are paid once per batch instead of once per command.
 *
 * A command that lost a race is run again in a later batch (CommandRetryConfiguration). Commands
 * sent from inside a unit of work (a process reacting to an event, a deadline) or from the
 * product's own threads (schedules) run as before, in their own transaction.
 *
 * If the commit itself fails, every command of the batch fails with that error (it is not known
 * to have been stored, so none is run again on its own). The aggregate cache is cleared then,
 * since it may hold what the batch decided.
 */
public final class GroupCommit implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    private record Pending(CommandMessage<?> command, CommandCallback<Object, Object> callback) {
    }

    private final CommandBus delegate;
    private final PlatformTransactionManager transactions;
    private final Cache aggregateCache;
    private final GroupCommitSettings settings;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final List<Thread> workers = new ArrayList<>();
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong batchedCommands = new AtomicLong();
    private volatile boolean running;

    public GroupCommit(CommandBus delegate, PlatformTransactionManager transactions, Cache aggregateCache,
                       GroupCommitSettings settings) {
        this.delegate = delegate;
        this.transactions = transactions;
        this.aggregateCache = aggregateCache;
        this.settings = settings;
    }

    /**
     * The batch the current thread runs, if any. Its commands' units of work (GroupCommitCommandBus)
     * leave here what must wait for the batch's commit, and get savepoints, not transactions
     * (GroupCommitTransactionManager).
     */
    static Batch currentBatch() {
        return CURRENT.get();
    }

    private static final ThreadLocal<Batch> CURRENT = new ThreadLocal<>();

    private static final ThreadLocal<Boolean> RETRYING = new ThreadLocal<>();

    /**
     * Runs the dispatch of a command that lost a race (CommandRetryConfiguration) so that it
     * joins a batch: it is run by the same worker as the users' other commands, instead of on a
     * thread of its own that would take aggregate locks the worker then waits for while the
     * thread waits in the database for the worker's batch.
     */
    static void retry(Runnable dispatch) {
        RETRYING.set(Boolean.TRUE);
        try {
            dispatch.run();
        } finally {
            RETRYING.remove();
        }
    }

    /** What the commands of a batch left to do once it has committed (or failed to). */
    static final class Batch {
        private final List<Runnable> afterCommit = new ArrayList<>();
        private final List<Runnable> cleanUp = new ArrayList<>();

        void afterCommit(Runnable work) {
            afterCommit.add(work);
        }

        void cleanUp(Runnable work) {
            cleanUp.add(work);
        }

        private void committed() {
            runAll(afterCommit);
            runAll(cleanUp);
        }

        private void failed() {
            runAll(cleanUp);
        }

        private static void runAll(List<Runnable> work) {
            for (Runnable each : work) {
                try {
                    each.run();
                } catch (RuntimeException e) {
                    log.warn("a command's work after its batch failed", e);
                }
            }
            work.clear();
        }
    }

    /** The command bus to send through: the gateway's (CommandRetryConfiguration). */
    public CommandBus commandBus() {
        return bus;
    }

    private final CommandBus bus = new CommandBus() {
        @Override
        public <C> void dispatch(CommandMessage<C> command) {
            dispatch(command, NoOpCallback.INSTANCE);
        }

        @Override
        public <C, R> void dispatch(CommandMessage<C> command, CommandCallback<? super C, ? super R> callback) {
            send(command, callback);
        }

        @Override
        public Registration subscribe(String commandName, MessageHandler<? super CommandMessage<?>> handler) {
            return delegate.subscribe(commandName, handler);
        }

        @Override
        public Registration registerHandlerInterceptor(MessageHandlerInterceptor<? super CommandMessage<?>> interceptor) {
            return delegate.registerHandlerInterceptor(interceptor);
        }

        /**
         * Dispatch interceptors would run on the worker's thread, without the request's user and
         * correlation: they are the gateway's, which runs them on the sender's thread.
         */
        @Override
        public Registration registerDispatchInterceptor(MessageDispatchInterceptor<? super CommandMessage<?>> interceptor) {
            throw new UnsupportedOperationException("register dispatch interceptors on the CommandGateway");
        }
    };

    @SuppressWarnings("unchecked")
    private <C, R> void send(CommandMessage<C> command, CommandCallback<? super C, ? super R> callback) {
        if (!running || CurrentUnitOfWork.isStarted()
                || (RequestContextHolder.getRequestAttributes() == null && !Boolean.TRUE.equals(RETRYING.get()))) {
            delegate.dispatch(command, callback);
            return;
        }
        Pending pending = new Pending(command, (CommandCallback<Object, Object>) (CommandCallback<?, ?>) callback);
        queue.add(pending);
        if (!running && queue.remove(pending)) {
            // stopped meanwhile, after its workers had emptied the queue
            delegate.dispatch(command, callback);
        }
    }

    private void work() {
        List<Pending> batch = new ArrayList<>(settings.batchSize());
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                runBatch(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                log.error("a batch of commands failed outside any command", e);
            } finally {
                batch.clear();
            }
        }
    }

    /** Runs the batch that starts with batch's one command, taking more from the queue as it goes. */
    private void runBatch(List<Pending> batch) {
        List<CommandResultMessage<?>> results = new ArrayList<>(settings.batchSize());
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(settings.budgetMs());
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        definition.setName("command batch");
        TransactionStatus transaction = transactions.getTransaction(definition);
        Batch work = new Batch();
        CURRENT.set(work);
        try {
            for (int i = 0; i < batch.size(); i++) {
                results.add(run(batch.get(i).command()));
                if (i + 1 == batch.size() && batch.size() < settings.batchSize() && System.nanoTime() < deadline) {
                    Pending next = queue.poll();
                    if (next != null) {
                        batch.add(next);
                    }
                }
            }
        } catch (RuntimeException | Error e) {
            CURRENT.remove();
            transactions.rollback(transaction);
            aggregateCache.removeAll();
            work.failed();
            fail(batch, e);
            return;
        }
        CURRENT.remove();
        try {
            transactions.commit(transaction);
        } catch (RuntimeException | Error e) {
            log.error("the commit of a batch of {} commands failed; none of them is known to be stored", batch.size(), e);
            aggregateCache.removeAll();
            work.failed();
            fail(batch, e);
            return;
        }
        batches.incrementAndGet();
        batchedCommands.addAndGet(batch.size());
        work.committed();
        for (int i = 0; i < batch.size(); i++) {
            Pending pending = batch.get(i);
            answer(pending, results.get(i));
        }
    }

    private CommandResultMessage<?> run(CommandMessage<?> command) {
        CommandResultMessage<?>[] outcome = new CommandResultMessage<?>[1];
        try {
            delegate.dispatch(command, (c, result) -> outcome[0] = result);
        } catch (RuntimeException e) {
            return GenericCommandResultMessage.asCommandResultMessage(e);
        }
        if (outcome[0] == null) {
            return GenericCommandResultMessage.asCommandResultMessage(
                    new IllegalStateException("the command bus did not answer " + command.getCommandName() + " at once"));
        }
        return outcome[0];
    }

    private void fail(List<Pending> batch, Throwable failure) {
        for (Pending pending : batch) {
            answer(pending, GenericCommandResultMessage.asCommandResultMessage(failure));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void answer(Pending pending, CommandResultMessage<?> result) {
        try {
            pending.callback().onResult((CommandMessage) pending.command(), (CommandResultMessage) result);
        } catch (RuntimeException e) {
            log.warn("the callback of {} failed", pending.command().getCommandName(), e);
        }
    }

    /** Batches committed and the commands in them, since the start (for tests and metrics). */
    public long batches() {
        return batches.get();
    }

    public long batchedCommands() {
        return batchedCommands.get();
    }

    @Override
    public synchronized void start() {
        if (running || !settings.enabled()) {
            return;
        }
        running = true;
        for (int i = 0; i < settings.workers(); i++) {
            Thread worker = new Thread(this::work, "command-batch-" + i);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
    }

    /** New commands run on their senders' threads again; what is queued is still run and answered. */
    @Override
    public synchronized void stop() {
        running = false;
        for (Thread worker : workers) {
            try {
                worker.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        workers.clear();
        for (Pending left; (left = queue.poll()) != null; ) {
            delegate.dispatch(left.command(), left.callback());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server has stopped taking requests, before Axon's components stop. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 4096;
    }
}
