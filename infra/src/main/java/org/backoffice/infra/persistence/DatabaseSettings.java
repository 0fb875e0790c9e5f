package org.backoffice.infra.persistence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * backoffice.database.*:
 * <ul>
 * <li>appRole: the role the application connects as (not the schema owner; migration V7): it may
 * only read and append events. Embedded: created and used by itself. Own server: create it with
 * LOGIN and a password, set spring.datasource.username to it and spring.flyway.user/password to
 * the owner.</li>
 * <li>transactionTimeout: the longest a transaction of the application may last; PostgreSQL (17
 * or newer) ends any that runs longer. A transaction takes its event positions when it inserts and
 * becomes visible when it commits; a processor that meets the hole it leaves gives it up as rolled
 * back after events.gap-timeout, so every transaction must be shorter than half of that, or a
 * late commit would never reach the read models (LateCommitTest). The longest legitimate ones: a
 * payroll run's payments (about 6 ms an employee: 60 s is ~10,000 employees) and a replay batch
 * of 1,000 events.</li>
 * </ul>
 */
@ConfigurationProperties("backoffice.database")
public record DatabaseSettings(@DefaultValue("backoffice_app") String appRole,
                               @DefaultValue("60s") Duration transactionTimeout) {
}
