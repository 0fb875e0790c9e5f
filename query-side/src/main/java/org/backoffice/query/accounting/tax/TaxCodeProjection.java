package org.backoffice.query.accounting.tax;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.backoffice.events.accounting.TaxCodeDefinedEvent;
import org.backoffice.events.accounting.TaxKind;
import org.backoffice.events.accounting.TaxRateVersionAddedEvent;
import org.backoffice.query.accounting.ledger.BalancesProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Tax codes with their versions, part of the balances read model (its token, its replay): the
 * VAT return reads a code's boxes from here. Inserts are idempotent by key.
 */
@Component
@ProcessingGroup(BalancesProjection.NAME)
public class TaxCodeProjection {

    private final JdbcTemplate jdbc;

    TaxCodeProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record VersionView(java.time.LocalDate validFrom,
                              @com.fasterxml.jackson.annotation.JsonFormat(shape = com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING)
                              @io.swagger.v3.oas.annotations.media.Schema(type = "string", example = "19.00",
                                      description = "percent") java.math.BigDecimal rate,
                              UUID taxAccountId, UUID inputTaxAccountId) {
    }

    public record TaxCodeView(String code, String name, TaxKind kind, String baseBox, String taxBox,
                              String inputTaxBox, List<VersionView> versions) {
    }

    public record FindTaxCodes() {
    }

    public record TaxCodeList(List<TaxCodeView> taxCodes) {
    }

    public record FindTaxCode(String code) {
    }

    @EventHandler
    void on(TaxCodeDefinedEvent e, @Timestamp Instant at) {
        jdbc.update("""
                insert into tax_code_view (code, name, kind, base_box, tax_box, input_tax_box, defined_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (code) do nothing""", e.code(), e.name(), e.kind().name(),
                e.baseBox(), e.taxBox(), e.inputTaxBox(), java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(TaxRateVersionAddedEvent e) {
        jdbc.update("""
                insert into tax_code_version_view (code, valid_from, rate, tax_account_id, input_tax_account_id)
                values (?, ?, ?, ?, ?) on conflict (code, valid_from) do nothing""", e.code(), e.validFrom(), e.rate(),
                e.taxAccountId(), e.inputTaxAccountId());
    }

    /** 19.0000 reads as 19.00, 7.5 as 7.50, 0.1234 as it is. */
    static java.math.BigDecimal percent(java.math.BigDecimal rate) {
        java.math.BigDecimal r = rate.stripTrailingZeros();
        return r.scale() < 2 ? r.setScale(2) : r;
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from tax_code_version_view");
        jdbc.update("delete from tax_code_view");
    }

    @QueryHandler
    public TaxCodeList handle(FindTaxCodes q) {
        return new TaxCodeList(load(null));
    }

    @QueryHandler
    public Optional<TaxCodeView> handle(FindTaxCode q) {
        return load(q.code()).stream().findFirst();
    }

    private List<TaxCodeView> load(String code) {
        Map<String, TaxCodeView> codes = new LinkedHashMap<>();
        jdbc.query("select code, name, kind, base_box, tax_box, input_tax_box from tax_code_view"
                + (code == null ? "" : " where code = ?") + " order by code", rs -> {
            codes.put(rs.getString(1), new TaxCodeView(rs.getString(1), rs.getString(2), TaxKind.valueOf(rs.getString(3)),
                    rs.getString(4), rs.getString(5), rs.getString(6), new ArrayList<>()));
        }, code == null ? new Object[0] : new Object[] {code});
        jdbc.query("select code, valid_from, rate, tax_account_id, input_tax_account_id from tax_code_version_view"
                + (code == null ? "" : " where code = ?") + " order by code, valid_from", rs -> {
            TaxCodeView view = codes.get(rs.getString(1));
            if (view != null) {
                view.versions().add(new VersionView(rs.getObject(2, java.time.LocalDate.class),
                        percent(rs.getBigDecimal(3)),
                        rs.getObject(4, UUID.class), rs.getObject(5, UUID.class)));
            }
        }, code == null ? new Object[0] : new Object[] {code});
        return List.copyOf(codes.values());
    }
}
