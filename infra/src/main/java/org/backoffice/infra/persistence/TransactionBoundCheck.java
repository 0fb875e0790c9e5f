package org.backoffice.infra.persistence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Says at start whether PostgreSQL bounds the application's transactions (see
 * backoffice.database.transaction-timeout): before version 17 it cannot, and a transaction that
 * commits after the processors' gap timeout would then be missing from the read models.
 */
@Component
class TransactionBoundCheck {

    private static final Logger log = LoggerFactory.getLogger(TransactionBoundCheck.class);

    private final JdbcTemplate jdbc;

    TransactionBoundCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        String bound;
        try {
            bound = jdbc.queryForObject("show transaction_timeout", String.class);
        } catch (DataAccessException e) {
            bound = null;
        }
        if (bound == null || bound.equals("0")) {
            String version = jdbc.queryForObject("show server_version", String.class);
            log.warn("PostgreSQL {} does not bound the application's transactions (transaction_timeout needs "
                    + "version 17): a transaction committing later than backoffice.events.gap-timeout after the "
                    + "events that follow it would be missing from the read models. Use PostgreSQL 17 or newer.", version);
        } else {
            log.info("PostgreSQL ends any transaction of the application after {}", bound);
        }
    }
}
