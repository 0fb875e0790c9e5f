package org.backoffice.command.accounting.bank.jdbc;

import org.backoffice.command.accounting.bank.PartnerIbans;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

@Component
public class JdbcPartnerIbans implements PartnerIbans {

    private final JdbcTemplate jdbc;

    public JdbcPartnerIbans(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UUID> partnersWith(String iban) {
        return jdbc.queryForList("select id from partner_view where iban = ? order by id", UUID.class, iban);
    }
}
