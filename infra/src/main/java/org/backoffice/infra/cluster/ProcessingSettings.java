package org.backoffice.infra.cluster;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/** backoffice.processing.balance-interval: how often an instance says it is alive and balances segments. */
@ConfigurationProperties("backoffice.processing")
public record ProcessingSettings(@DefaultValue("2s") Duration balanceInterval) {
}
