package org.backoffice.infra.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Group commit of users' commands (backoffice.commands.group-commit.*; see GroupCommit).
 *
 * @param enabled   off: every command is its own database transaction, on the request's thread
 * @param batchSize at most this many commands share a transaction. Each runs in a savepoint, and
 *                  PostgreSQL keeps the ids of at most 64 subtransactions per transaction in shared
 *                  memory before it spills them to pg_subtrans and slows every other session's
 *                  visibility checks; 32 leaves room for commands that send commands.
 * @param workers   threads that run batches. One by default: with two, a batch's deferred
 *                  aggregate locks and another batch's database row locks formed wait cycles that
 *                  neither Axon nor PostgreSQL detects (TwoInstancesTest at full size ran into the
 *                  transaction timeout); a slow command then holds up the commands behind it
 * @param budgetMs  a batch takes no further command once it has run this long, so that a command
 *                  waits at most about this long for the ones before it in its batch
 */
@ConfigurationProperties("backoffice.commands.group-commit")
public record GroupCommitSettings(@DefaultValue("true") boolean enabled,
                                  @DefaultValue("32") int batchSize,
                                  @DefaultValue("1") int workers,
                                  @DefaultValue("20") long budgetMs) {

    public GroupCommitSettings {
        if (batchSize < 1 || batchSize > 60) {
            throw new IllegalArgumentException("backoffice.commands.group-commit.batch-size must be 1..60, was " + batchSize);
        }
        if (workers < 1) {
            throw new IllegalArgumentException("backoffice.commands.group-commit.workers must be at least 1, was " + workers);
        }
    }
}
