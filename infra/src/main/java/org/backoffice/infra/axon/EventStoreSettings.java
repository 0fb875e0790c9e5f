package org.backoffice.infra.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * backoffice.events.gap-timeout: how long a streaming processor waits for a hole in the event
 * positions to be filled (Axon's gap timeout); it must exceed twice
 * database.transaction-timeout (checked at start), so that no committed event is ever skipped.
 * Gaps that rolled-back writers leave are kept in the processors' tokens this long (cheap).
 */
@ConfigurationProperties("backoffice.events")
public record EventStoreSettings(@DefaultValue("150s") Duration gapTimeout) {
}
