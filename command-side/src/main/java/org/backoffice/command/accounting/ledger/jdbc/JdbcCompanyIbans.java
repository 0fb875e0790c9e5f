package org.backoffice.command.accounting.ledger.jdbc;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.backoffice.command.accounting.ledger.CompanyIbans;
import org.backoffice.events.accounting.AccountBankDetailsSetEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * The company's IBANs, written in the transaction that stores the bank details (subscribing):
 * the primary key refuses the second of two accounts given one IBAN at the same moment.
 */
@Component
@ProcessingGroup(JdbcCompanyIbans.PROCESSING_GROUP)
public class JdbcCompanyIbans implements CompanyIbans {

    public static final String PROCESSING_GROUP = "company-iban-lookup";

    private final JdbcTemplate jdbc;

    public JdbcCompanyIbans(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UUID> holderOf(String iban) {
        return jdbc.query("select account_id from company_iban_lookup where iban = ?",
                (rs, i) -> rs.getObject(1, UUID.class), iban).stream().findFirst();
    }

    @EventHandler
    void on(AccountBankDetailsSetEvent e) {
        // An account has one IBAN: a new one frees the old.
        jdbc.update("delete from company_iban_lookup where account_id = ?", e.accountId());
        jdbc.update("insert into company_iban_lookup (iban, account_id) values (?, ?)", e.bankDetails().iban(), e.accountId());
    }
}
