package org.backoffice.command.common;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Runs a command from a side-effect processor on a thread of its own, so that it is a unit of
 * work and a transaction of its own rather than nested in the processor's: it commits by itself,
 * and when it fails it leaves the processor's transaction (and its token) intact. The command
 * still carries what a command sent in the processor's unit of work would (user, correlation and
 * the event that caused it), so the trail of causes does not break at the thread.
 */
public final class OwnTransactions {

    private final ExecutorService thread;

    public OwnTransactions(String name) {
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Empty when the command succeeded; else why it failed. */
    public Optional<String> run(Supplier<Object> command) {
        try {
            Map<String, ?> inherited = inherited();
            thread.submit(() -> InheritedCorrelation.during(inherited, command)).get();
            return Optional.empty();
        } catch (ExecutionException failed) {
            return Optional.of(String.valueOf(failed.getCause().getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a command", e);
        }
    }

    /** The command's answer, or its failure thrown again here. */
    public <T> T call(Supplier<T> command) {
        try {
            Map<String, ?> inherited = inherited();
            return thread.submit(() -> InheritedCorrelation.during(inherited, command)).get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a command", e);
        }
    }

    private static Map<String, ?> inherited() {
        return CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().getCorrelationData() : Map.of();
    }
}
