package org.backoffice.command.accounting.ledger.jdbc;

import org.backoffice.command.accounting.ledger.AccountNumberRegistry;
import org.backoffice.command.accounting.ledger.LedgerContents;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.backoffice.events.accounting.AccountOpenedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * The account number lookup table. Its processing group is subscribing, so the row is written in
 * the transaction that stores the AccountOpenedEvent: the primary key on the number then refuses
 * the second of two concurrent openings that both passed the check in the aggregate. Numbers stay
 * taken after closure: a closed account keeps its number in the books.
 */
@Component
@ProcessingGroup(JdbcAccountNumberRegistry.PROCESSING_GROUP)
public class JdbcAccountNumberRegistry implements AccountNumberRegistry, LedgerContents {

    public static final String PROCESSING_GROUP = "account-number-lookup";

    private final JdbcTemplate jdbc;

    public JdbcAccountNumberRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UUID> holderOf(String number) {
        return jdbc.query("select account_id from account_number_lookup where account_number = ?",
                (rs, i) -> rs.getObject(1, UUID.class), number).stream().findFirst();
    }

    @Override
    public boolean hasAccounts() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from account_number_lookup)", Boolean.class));
    }

    @EventHandler
    void on(AccountOpenedEvent event) {
        jdbc.update("insert into account_number_lookup (account_number, account_id) values (?, ?)",
                event.number(), event.accountId());
    }
}
