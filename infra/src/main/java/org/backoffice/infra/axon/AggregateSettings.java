package org.backoffice.infra.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How aggregates are kept and loaded (backoffice.aggregates.*):
 * <ul>
 * <li>cacheSize: aggregates kept in memory between commands (about 1 KiB each), least recently
 * used evicted first: every account, employee, asset and position of a mid-sized company. Each use
 * is checked against the stored stream.</li>
 * <li>snapshotThreshold: events between snapshots of accounts, employees and assets; a cache miss
 * then reads one snapshot and at most this many events (a command on an account with 100,000
 * events costs what one on a fresh account does). Lower means more snapshot writes.</li>
 * <li>lockWait: how long a command waits for another command of this instance to let go of an
 * aggregate before it counts as a lost race and is run again (AggregateLockConfiguration).</li>
 * </ul>
 */
@ConfigurationProperties("backoffice.aggregates")
public record AggregateSettings(@DefaultValue("10000") long cacheSize, @DefaultValue("200") int snapshotThreshold,
                                @DefaultValue("5s") java.time.Duration lockWait) {
}
