package org.backoffice.infra.schedules;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/** backoffice.schedules.check-interval: how often each schedule looks whether something is due. */
@ConfigurationProperties("backoffice.schedules")
public record ScheduleSettings(@DefaultValue("10m") Duration checkInterval) {
}
