package org.backoffice.command.accounting.ledger.jdbc;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.backoffice.command.accounting.ledger.DocumentNumbers;
import org.backoffice.events.accounting.TransactionPostedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * Document numbers in two tables, both written in the transaction that stores the entry:
 * <ul>
 * <li>document_number_lookup: every number given or drawn, with its entry (a subscribing
 * processor, like the account number lookup). Its primary key refuses the second of two
 * concurrent entries under one number.</li>
 * <li>document_number_series: the last number drawn per series and year. Drawing updates the
 * row, which PostgreSQL keeps locked until the entry's transaction ends: a second entry of the
 * same series (on any instance) waits, and a rolled-back entry gives its number back, so the
 * numbers of a series have no gaps and no repeats.</li>
 * </ul>
 */
@Component
@ProcessingGroup(JdbcDocumentNumbers.PROCESSING_GROUP)
public class JdbcDocumentNumbers implements DocumentNumbers {

    public static final String PROCESSING_GROUP = "document-number-lookup";

    private final JdbcTemplate jdbc;

    public JdbcDocumentNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UUID> holderOf(String documentNumber) {
        return jdbc.query("select entry_id from document_number_lookup where document_number = ?",
                (rs, i) -> rs.getObject(1, UUID.class), documentNumber).stream().findFirst();
    }

    @Override
    public Optional<UUID> holderIgnoringCase(String documentNumber) {
        java.util.List<UUID> holders = jdbc.query("select entry_id from document_number_lookup where lower(document_number) = "
                + "lower(?) limit 2", (rs, i) -> rs.getObject(1, UUID.class), documentNumber);
        return holders.size() == 1 ? Optional.of(holders.get(0)) : Optional.empty();
    }

    @Override
    public String draw(String series, int year) {
        Long next = jdbc.queryForObject("""
                insert into document_number_series (series, year, last_value) values (?, ?, 1)
                on conflict (series, year) do update set last_value = document_number_series.last_value + 1
                returning last_value""", Long.class, series, year);
        return "%s-%04d-%05d".formatted(series, year, next);
    }

    @EventHandler
    void on(TransactionPostedEvent event) {
        if (event.documentNumber() != null) {
            jdbc.update("insert into document_number_lookup (document_number, entry_id) values (?, ?)",
                    event.documentNumber(), event.transactionId());
        }
    }
}
