package org.backoffice.infra.axon;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.backoffice.command.common.CommandRejectedException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;

/** Only a lost race for an aggregate is retried; a broken rule or anything else answers at once. */
class CommandRetryTest {

    @Test
    void aLostRaceIsRetriedWhereverItSitsInTheCauses() {
        assertThat(CommandRetryConfiguration.isLostRace(new ConcurrencyException("sequence 7 taken"))).isTrue();
        assertThat(CommandRetryConfiguration.isLostRace(
                new CommandExecutionException("failed", new ConcurrencyException("sequence 7 taken")))).isTrue();
        assertThat(CommandRetryConfiguration.isLostRace(new AggregateStreamCreationException("key taken"))).isTrue();
        assertThat(CommandRetryConfiguration.isLostRace(new IllegalStateException("append failed",
                new java.sql.SQLException("deadlock detected", "40P01")))).isTrue();
        assertThat(CommandRetryConfiguration.isLostRace(new IllegalStateException("cancel failed",
                new com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException("AxonDeadline", "a1"))))
                .as("the deadline being cancelled is being handled").isTrue();
        assertThat(CommandRetryConfiguration.isLostRace(new com.github.kagkarlsson.scheduler.exceptions.TaskInstanceException(
                "Expected one execution to be removed, but removed 0", "AxonDeadline", "a1")))
                .as("the deadline being cancelled was handled meanwhile").isTrue();
        assertThat(CommandRetryConfiguration.isLostRace(new org.axonframework.common.lock.DeadlockException("imminent")))
                .as("given up before it stored anything").isTrue();
    }

    @Test
    void nothingElseIsRetried() {
        assertThat(CommandRetryConfiguration.isLostRace(CommandRejectedException.conflict("already closed"))).isFalse();
        assertThat(CommandRetryConfiguration.isLostRace(new DataIntegrityViolationException("number taken"))).isFalse();
        assertThat(CommandRetryConfiguration.isLostRace(new IllegalStateException("bug"))).isFalse();
        assertThat(CommandRetryConfiguration.isLostRace(new java.sql.SQLException("no such column", "42703"))).isFalse();
    }

    private static final RetryScheduler SCHEDULER = new CommandRetryConfiguration().commandRetryScheduler(
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(), new CommandSettings(6, 10));

    private static boolean retried(RuntimeException failure) {
        List<Class<? extends Throwable>[]> failures = new ArrayList<>();
        failures.add(new Class[] {failure.getClass()});
        return SCHEDULER.scheduleRetry(GenericCommandMessage.asCommandMessage("command"), failure, failures, () -> { });
    }

    @Test
    void aLostRaceOfACommandSentByAClientIsRetried() {
        assertThat(retried(new ConcurrencyException("sequence 7 taken"))).isTrue();
        assertThat(retried(CommandRejectedException.conflict("already closed"))).isFalse();
    }

    @Test
    void aCommandSentFromInsideAnotherUnitOfWorkIsNotRetried() {
        DefaultUnitOfWork<?> processorBatch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("event"));
        try {
            assertThat(retried(new ConcurrencyException("sequence 7 taken"))).isFalse();
        } finally {
            processorBatch.rollback();
        }
    }
}
