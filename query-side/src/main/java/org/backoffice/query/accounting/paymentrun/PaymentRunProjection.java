package org.backoffice.query.accounting.paymentrun;

import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.backoffice.events.accounting.PaymentRunApprovedEvent;
import org.backoffice.events.accounting.PaymentRunCancelledEvent;
import org.backoffice.events.accounting.PaymentRunPaymentBookedEvent;
import org.backoffice.events.accounting.PaymentRunPreparedEvent;
import org.backoffice.events.accounting.RunPayment;
import org.backoffice.events.common.Money;
import org.backoffice.query.accounting.ledger.BalancesProjection;
import org.backoffice.query.common.PageView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Payment runs with their transfers (part of the balances read model, so that a run's booked
 * payments and the items they settle are seen together). Writes are idempotent by key.
 */
@Component
@ProcessingGroup(BalancesProjection.NAME)
public class PaymentRunProjection {

    private final JdbcTemplate jdbc;

    PaymentRunProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PaymentRunPreparedEvent e, @org.axonframework.eventhandling.Timestamp Instant at) {
        String currency = e.payments().get(0).amount().currency();
        BigDecimal total = e.payments().stream().map(p -> p.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        int inserted = jdbc.update("""
                insert into payment_run_view (id, status, prepared_by, prepared_at, bank_account_id, debtor_name, debtor_iban,
                    debtor_bic, transit_account_id, execution_date, due_until, currency, payment_count, total)
                values (?, 'PREPARED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing""",
                e.runId(), e.preparedBy(), Timestamp.from(at), e.bankAccountId(), e.debtorName(), e.debtorBank().iban(),
                e.debtorBank().bic(), e.transitAccountId(), e.executionDate(), e.dueUntil(), currency, e.payments().size(),
                total);
        if (inserted == 0) {
            return;
        }
        List<Object[]> payments = new ArrayList<>();
        List<Object[]> items = new ArrayList<>();
        for (int i = 0; i < e.payments().size(); i++) {
            RunPayment p = e.payments().get(i);
            payments.add(new Object[] {e.runId(), p.paymentId(), i, p.partnerId(), p.creditorName(), p.creditorBank().iban(),
                    p.creditorBank().bic(), p.amount().amount(), p.remittance()});
            for (RunPayment.PaidItem item : p.items()) {
                items.add(new Object[] {e.runId(), p.paymentId(), item.itemId(), item.documentNumber(), item.amount().amount()});
            }
        }
        jdbc.batchUpdate("""
                insert into payment_run_payment (run_id, payment_id, position, partner_id, creditor_name, iban, bic, amount,
                    remittance, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')""", payments);
        jdbc.batchUpdate("insert into payment_run_item (run_id, payment_id, item_id, document_number, amount) "
                + "values (?, ?, ?, ?, ?)", items);
    }

    @EventHandler
    void on(PaymentRunApprovedEvent e, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("update payment_run_view set status = 'APPROVED', approved_by = ?, approved_at = ? where id = ?",
                e.approvedBy(), Timestamp.from(at), e.runId());
    }

    @EventHandler
    void on(PaymentRunCancelledEvent e) {
        jdbc.update("update payment_run_view set status = 'CANCELLED', cancelled_by = ?, cancel_reason = ? where id = ?",
                e.cancelledBy(), e.reason(), e.runId());
    }

    @EventHandler
    void on(PaymentRunPaymentBookedEvent e) {
        jdbc.update("update payment_run_payment set status = ?, reason = ? where run_id = ? and payment_id = ? and status = 'PENDING'",
                e.booked() ? "BOOKED" : "FAILED", e.reason(), e.runId(), e.paymentId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from payment_run_item");
        jdbc.update("delete from payment_run_payment");
        jdbc.update("delete from payment_run_view");
    }

    public record RunPaymentView(UUID paymentId, @Schema(description = "the transfer's end-to-end id") String endToEndId,
                                 UUID partnerId, String creditorName, String iban, String bic, Money amount,
                                 String remittance,
                                 @Schema(allowableValues = {"PENDING", "BOOKED", "FAILED"}) String status, String reason,
                                 List<PaidItemView> items) {
    }

    public record PaidItemView(UUID itemId, String documentNumber, Money amount) {
    }

    public record PaymentRunView(UUID id,
                                 @Schema(description = "PREPARED, APPROVED (its payments being booked), READY (every "
                                         + "payment decided: the file can be read) or CANCELLED",
                                         allowableValues = {"PREPARED", "APPROVED", "READY", "CANCELLED"}) String status,
                                 String preparedBy, Instant preparedAt, String approvedBy, Instant approvedAt,
                                 String cancelledBy, String cancelReason, UUID bankAccountId, String debtorName,
                                 String debtorIban, String debtorBic, UUID transitAccountId, LocalDate executionDate,
                                 LocalDate dueUntil, int paymentCount, Money total, List<RunPaymentView> payments) {
    }

    public record FindPaymentRuns(int page, int size) {
    }

    public record PaymentRunList(PageView<PaymentRunView> page) {
    }

    public record FindPaymentRun(UUID id) {
    }

    @QueryHandler
    public PaymentRunList handle(FindPaymentRuns q) {
        long total = jdbc.queryForObject("select count(*) from payment_run_view", Long.class);
        List<PaymentRunView> runs = jdbc.query("select r.*, (select count(*) from payment_run_payment p where p.run_id = r.id "
                + "and p.status = 'PENDING') as pending from payment_run_view r order by prepared_at desc, id limit "
                + q.size() + " offset " + ((long) q.page() * q.size()), (rs, i) -> run(rs, List.of()));
        return new PaymentRunList(new PageView<>(runs, q.page(), q.size(), total));
    }

    @QueryHandler
    public Optional<PaymentRunView> handle(FindPaymentRun q) {
        Map<UUID, List<PaidItemView>> items = new LinkedHashMap<>();
        List<PaymentRunView> head = jdbc.query("select r.*, (select count(*) from payment_run_payment p where p.run_id = r.id "
                + "and p.status = 'PENDING') as pending from payment_run_view r where id = ?", (rs, i) -> run(rs, List.of()), q.id());
        if (head.isEmpty()) {
            return Optional.empty();
        }
        String currency = head.get(0).total().currency();
        jdbc.query("select * from payment_run_item where run_id = ? order by document_number, item_id", rs -> {
            items.computeIfAbsent(rs.getObject("payment_id", UUID.class), k -> new ArrayList<>()).add(new PaidItemView(
                    rs.getObject("item_id", UUID.class), rs.getString("document_number"),
                    new Money(rs.getBigDecimal("amount"), currency)));
        }, q.id());
        List<RunPaymentView> payments = jdbc.query("select * from payment_run_payment where run_id = ? order by position",
                (rs, i) -> {
                    UUID id = rs.getObject("payment_id", UUID.class);
                    return new RunPaymentView(id, RunPayment.endToEndId(id), rs.getObject("partner_id", UUID.class),
                            rs.getString("creditor_name"), rs.getString("iban"), rs.getString("bic"),
                            new Money(rs.getBigDecimal("amount"), currency), rs.getString("remittance"),
                            rs.getString("status"), rs.getString("reason"), items.getOrDefault(id, List.of()));
                }, q.id());
        PaymentRunView h = head.get(0);
        return Optional.of(new PaymentRunView(h.id(), h.status(), h.preparedBy(), h.preparedAt(), h.approvedBy(),
                h.approvedAt(), h.cancelledBy(), h.cancelReason(), h.bankAccountId(), h.debtorName(), h.debtorIban(),
                h.debtorBic(), h.transitAccountId(), h.executionDate(), h.dueUntil(), h.paymentCount(), h.total(), payments));
    }

    private static PaymentRunView run(ResultSet rs, List<RunPaymentView> payments) throws SQLException {
        String status = rs.getString("status");
        if (status.equals("APPROVED") && rs.getLong("pending") == 0) {
            status = "READY";
        }
        Timestamp approved = rs.getTimestamp("approved_at");
        return new PaymentRunView(rs.getObject("id", UUID.class), status, rs.getString("prepared_by"),
                rs.getTimestamp("prepared_at").toInstant(), rs.getString("approved_by"),
                approved == null ? null : approved.toInstant(), rs.getString("cancelled_by"), rs.getString("cancel_reason"),
                rs.getObject("bank_account_id", UUID.class), rs.getString("debtor_name"), rs.getString("debtor_iban"),
                rs.getString("debtor_bic"), rs.getObject("transit_account_id", UUID.class),
                rs.getDate("execution_date").toLocalDate(), rs.getDate("due_until").toLocalDate(),
                rs.getInt("payment_count"), new Money(rs.getBigDecimal("total"), rs.getString("currency").strip()), payments);
    }
}
