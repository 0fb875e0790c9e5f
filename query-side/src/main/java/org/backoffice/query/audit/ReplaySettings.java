package org.backoffice.query.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * backoffice.processing.gather-timeout: how long a replay waits for the other instances to hand
 * over every segment of the read models it rebuilds before it answers 409 "try again".
 */
@ConfigurationProperties("backoffice.processing")
public record ReplaySettings(@DefaultValue("30s") Duration gatherTimeout) {
}
