package org.backoffice.infra.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a command that lost a race for an aggregate (another command appended first; nothing was
 * stored) is run again (backoffice.commands.*): up to retries more times, the first after
 * retryBackoffMs milliseconds, each wait twice the last, so that two instances fighting over the
 * same accounts drift apart (TwoInstancesTest: none of 200 left in conflict).
 */
@ConfigurationProperties("backoffice.commands")
public record CommandSettings(@DefaultValue("6") int retries, @DefaultValue("10") long retryBackoffMs) {
}
