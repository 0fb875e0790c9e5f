package org.backoffice.command.accounting.ledger.jdbc;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.backoffice.command.accounting.ledger.TaxRate;
import org.backoffice.command.accounting.ledger.TaxRates;
import org.backoffice.events.accounting.TaxCodeDefinedEvent;
import org.backoffice.events.accounting.TaxKind;
import org.backoffice.events.accounting.TaxRateVersionAddedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The tax codes' versions in a lookup table written in the transaction that stores their events
 * (subscribing processor), read by every posting with a taxed line.
 */
@Component
@ProcessingGroup(JdbcTaxRates.PROCESSING_GROUP)
public class JdbcTaxRates implements TaxRates {

    public static final String PROCESSING_GROUP = "tax-rate-lookup";

    private final JdbcTemplate jdbc;

    public JdbcTaxRates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean exists(String code) {
        return !jdbc.queryForList("select 1 from tax_code_lookup where code = ?", code).isEmpty();
    }

    @Override
    public Optional<TaxRate> rateOn(String code, LocalDate day) {
        return jdbc.query("""
                select c.kind, v.rate, v.tax_account_id, v.input_tax_account_id
                from tax_code_lookup c join tax_rate_lookup v on v.code = c.code
                where c.code = ? and v.valid_from <= ?
                order by v.valid_from desc limit 1""", (rs, i) -> new TaxRate(code, TaxKind.valueOf(rs.getString(1)),
                rs.getBigDecimal(2), rs.getObject(3, UUID.class), rs.getObject(4, UUID.class)), code, day)
                .stream().findFirst();
    }

    @EventHandler
    void on(TaxCodeDefinedEvent e) {
        jdbc.update("insert into tax_code_lookup (code, kind) values (?, ?)", e.code(), e.kind().name());
    }

    @EventHandler
    void on(TaxRateVersionAddedEvent e) {
        jdbc.update("""
                insert into tax_rate_lookup (code, valid_from, rate, tax_account_id, input_tax_account_id)
                values (?, ?, ?, ?, ?)""", e.code(), e.validFrom(), e.rate(), e.taxAccountId(), e.inputTaxAccountId());
    }
}
