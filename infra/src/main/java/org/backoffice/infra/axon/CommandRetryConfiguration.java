package org.backoffice.infra.axon;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A command that lost a race for an aggregate is run again, a few times, before the client hears
 * of it. It lost when its events could not be appended because another command (on this
 * instance or another one sharing the database) appended to the same aggregate first: the unit
 * of work rolled back, nothing was stored, and the aggregate was evicted from the cache, so the
 * next attempt decides on the current state (a create that lost to the same create finds it done
 * and answers as an idempotent repeat). A command that met one of its aggregate's deadlines
 * being handled lost a race too. Only those failures are retried; a rule the command
 * broke, bad input or anything else answers at once. After the last attempt the client gets 409
 * "try again" (ProblemHandler).
 */
@Configuration(proxyBeanMethods = false)
public class CommandRetryConfiguration {

    static boolean isLostRace(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // Axon reports a duplicate (aggregate, sequence) as AggregateStreamCreationException
            // whenever the failed batch held any aggregate's first event (a new transaction's),
            // even when the key taken was an existing account's: both are a lost race.
            if (t instanceof ConcurrencyException || t instanceof AggregateStreamCreationException) {
                return true;
            }
            // PostgreSQL gave up one of two transactions waiting for each other (deadlock) or
            // could not serialise it: nothing of it was stored either.
            if (t instanceof SQLException sql && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
                return true;
            }
            // The command cancels or moves a deadline of its aggregate while that very deadline is
            // being handled (a maintenance done on the day it fell due): the scheduler refuses to
            // touch an executing deadline, or finds it gone between looking and removing. The
            // deadline's handling ends in a moment; the command then decides on what it stored.
            if (t instanceof com.github.kagkarlsson.scheduler.exceptions.TaskInstanceException) {
                return true;
            }
            // Axon found two commands of this instance about to wait for each other's aggregate
            // locks (DeadlockException), or this one waited longer than lock-wait for another to
            // let go of an aggregate (AggregateLockConfiguration), and gave it up before it
            // stored anything.
            if (t instanceof org.axonframework.common.lock.LockAcquisitionFailedException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getNextException() != null && isLostRace(sql.getNextException())) {
                return true;
            }
        }
        return false;
    }

    /** A retried command runs on one of these threads (its caller waits for the outcome). */
    @Bean(destroyMethod = "shutdown")
    ScheduledExecutorService commandRetryExecutor() {
        return Executors.newScheduledThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Up to 6 more attempts, waiting 10, 20, 40, 80, 160 and 320 ms before them (about 0.6 s in
     * all), so that two instances fighting over the same accounts drift apart instead of
     * colliding again at once. (Not Axon's interval schedulers: they refuse to retry when any
     * cause in the chain is "non-transient", and the SQL exception under every lost race is.)
     */
    @Bean
    public RetryScheduler commandRetryScheduler(ScheduledExecutorService commandRetryExecutor,
                                                CommandSettings settings) {
        int retries = settings.retries();
        long backoffMillis = settings.retryBackoffMs();
        return (command, lastFailure, failures, dispatchTask) -> {
            int attempt = failures.size(); // failures so far, the last one included
            // A command sent from inside another unit of work (an event handler of the offboarding
            // or payroll processor) ran in that unit's transaction, which its failure has doomed;
            // a retry on another thread would wait on the locks of that transaction while it waits
            // for the retry, until PostgreSQL's transaction timeout ends both. Its failure fails
            // the processor's batch instead, and the processor runs the whole batch again.
            if (CurrentUnitOfWork.isStarted()) {
                return false;
            }
            if (!isLostRace(lastFailure) || attempt > retries) {
                return false;
            }
            long delay = backoffMillis << Math.min(attempt - 1, 20);
            try {
                commandRetryExecutor.schedule(() -> GroupCommit.retry(dispatchTask), delay, TimeUnit.MILLISECONDS);
                return true;
            } catch (RejectedExecutionException shuttingDown) {
                return false;
            }
        };
    }

    @Bean
    public CommandGateway commandGateway(GroupCommit groupCommit, RetryScheduler commandRetryScheduler) {
        return DefaultCommandGateway.builder().commandBus(groupCommit.commandBus()).retryScheduler(commandRetryScheduler).build();
    }
}
