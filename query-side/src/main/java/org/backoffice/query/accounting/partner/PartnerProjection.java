package org.backoffice.query.accounting.partner;

import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.backoffice.events.accounting.AccountBankDetailsSetEvent;
import org.backoffice.events.accounting.BankDetails;
import org.backoffice.events.accounting.PartnerBankDetailsChangedEvent;
import org.backoffice.events.accounting.PartnerRegisteredEvent;
import org.backoffice.events.accounting.PartyKind;
import org.backoffice.query.accounting.ledger.BalancesProjection;
import org.backoffice.query.common.PageView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Business partners with their bank details and personal account, and the bank details of the
 * company's own bank accounts; part of the balances read model. Writes are idempotent by key.
 */
@Component
@ProcessingGroup(BalancesProjection.NAME)
public class PartnerProjection {

    private final JdbcTemplate jdbc;

    PartnerProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record PartnerView(UUID id, @Schema(allowableValues = {"CUSTOMER", "SUPPLIER"}) String kind, String name,
                              BankDetails bankDetails, int paymentTermDays, UUID accountId, Instant registeredAt) {
    }

    public record FindPartners(PartyKind kind, int page, int size) {
    }

    public record PartnerList(PageView<PartnerView> page) {
    }

    public record FindPartner(UUID id) {
    }

    @EventHandler
    void on(PartnerRegisteredEvent e, @Timestamp Instant at) {
        BankDetails b = e.bankDetails();
        jdbc.update("""
                insert into partner_view (id, kind, name, iban, bic, payment_term_days, account_id, registered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing""", e.partnerId(), e.kind().name(), e.name(),
                b == null ? null : b.iban(), b == null ? null : b.bic(), e.paymentTermDays(), e.accountId(),
                java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(PartnerBankDetailsChangedEvent e) {
        jdbc.update("update partner_view set iban = ?, bic = ? where id = ?", e.bankDetails().iban(),
                e.bankDetails().bic(), e.partnerId());
    }

    @EventHandler
    void on(AccountBankDetailsSetEvent e) {
        jdbc.update("""
                insert into bank_details_view (account_id, iban, bic) values (?, ?, ?)
                on conflict (account_id) do update set iban = excluded.iban, bic = excluded.bic""",
                e.accountId(), e.bankDetails().iban(), e.bankDetails().bic());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from partner_view");
        jdbc.update("delete from bank_details_view");
    }

    private static PartnerView row(ResultSet rs, int i) throws SQLException {
        String iban = rs.getString("iban");
        return new PartnerView(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("name"),
                iban == null ? null : new BankDetails(iban, rs.getString("bic")), rs.getInt("payment_term_days"),
                rs.getObject("account_id", UUID.class), rs.getTimestamp("registered_at").toInstant());
    }

    @QueryHandler
    public PartnerList handle(FindPartners q) {
        String where = q.kind() == null ? "" : " where kind = ?";
        Object[] args = q.kind() == null ? new Object[0] : new Object[] {q.kind().name()};
        long total = jdbc.queryForObject("select count(*) from partner_view" + where, Long.class, args);
        List<PartnerView> items = jdbc.query("select * from partner_view" + where + " order by name, id limit "
                + q.size() + " offset " + ((long) q.page() * q.size()), PartnerProjection::row, args);
        return new PartnerList(new PageView<>(items, q.page(), q.size(), total));
    }

    @QueryHandler
    public Optional<PartnerView> handle(FindPartner q) {
        return jdbc.query("select * from partner_view where id = ?", PartnerProjection::row, q.id()).stream().findFirst();
    }
}
