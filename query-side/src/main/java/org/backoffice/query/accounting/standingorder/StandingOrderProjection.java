package org.backoffice.query.accounting.standingorder;

import io.swagger.v3.oas.annotations.media.Schema;
import org.backoffice.query.accounting.ledger.BalancesProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.backoffice.events.accounting.StandingOrderCancelledEvent;
import org.backoffice.events.accounting.StandingOrderCreatedEvent;
import org.backoffice.events.accounting.StandingOrderExecutedEvent;
import org.backoffice.events.common.Money;
import org.backoffice.query.common.PageView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** Standing orders with every month paid, part of the accounting read models (replayed with balances). */
@Component
@ProcessingGroup(BalancesProjection.NAME)
public class StandingOrderProjection {

    private final JdbcTemplate jdbc;

    StandingOrderProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** status: ACTIVE or CANCELLED, or null for all. */
    public record FindStandingOrders(String status, int page, int size) {
    }

    public record ExecutionView(YearMonth month, UUID transactionId, @Schema(allowableValues = {"COMPLETED", "REJECTED"}) String status, String reason, Instant executedAt) {
    }

    public record StandingOrderView(UUID id, UUID supplierAccountId, UUID bankAccountId, Money amount, int dayOfMonth,
                                    YearMonth startMonth, YearMonth endMonth, String reference, @Schema(allowableValues = {"ACTIVE", "CANCELLED"}) String status,
                                    Instant createdAt, Instant cancelledAt, List<ExecutionView> executions) {
    }

    /** Non-generic for Axon's response type matching. */
    public record StandingOrderList(PageView<StandingOrderView> page) {
    }

    @EventHandler
    void on(StandingOrderCreatedEvent e, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("""
                insert into standing_order_view (id, supplier_account_id, bank_account_id, amount, currency, day_of_month,
                    start_month, end_month, reference, status, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?) on conflict (id) do nothing""",
                e.orderId(), e.supplierAccountId(), e.bankAccountId(), e.amount().amount(), e.amount().currency(),
                e.dayOfMonth(), e.startMonth().toString(), e.endMonth() == null ? null : e.endMonth().toString(),
                e.reference(), java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(StandingOrderExecutedEvent e, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("""
                insert into standing_order_execution (order_id, month, transaction_id, status, reason, executed_at)
                values (?, ?, ?, ?, ?, ?) on conflict (order_id, month) do nothing""",
                e.orderId(), e.month().toString(), e.transactionId(), e.status(), e.reason(), java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(StandingOrderCancelledEvent e, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("update standing_order_view set status = 'CANCELLED', cancelled_at = ? where id = ?",
                java.sql.Timestamp.from(at), e.orderId());
    }

    @QueryHandler
    public StandingOrderList handle(FindStandingOrders q) {
        String where = q.status() == null ? "" : " where status = ?";
        Object[] args = q.status() == null ? new Object[0] : new Object[] {q.status()};
        Long total = jdbc.queryForObject("select count(*) from standing_order_view" + where, Long.class, args);
        List<Object> pageArgs = new java.util.ArrayList<>(List.of(args));
        pageArgs.add(q.size());
        pageArgs.add((long) q.page() * q.size());
        List<StandingOrderView> items = jdbc.query("select * from standing_order_view" + where
                + " order by created_at, id limit ? offset ?", (rs, i) -> {
            UUID id = rs.getObject("id", UUID.class);
            List<ExecutionView> executions = jdbc.query("""
                    select * from standing_order_execution where order_id = ? order by month""", (x, j) ->
                    new ExecutionView(YearMonth.parse(x.getString("month")), x.getObject("transaction_id", UUID.class),
                            x.getString("status"), x.getString("reason"), x.getTimestamp("executed_at").toInstant()), id);
            java.sql.Timestamp cancelled = rs.getTimestamp("cancelled_at");
            String end = rs.getString("end_month");
            return new StandingOrderView(id, rs.getObject("supplier_account_id", UUID.class),
                    rs.getObject("bank_account_id", UUID.class),
                    new Money(rs.getBigDecimal("amount"), rs.getString("currency").strip()), rs.getInt("day_of_month"),
                    YearMonth.parse(rs.getString("start_month")), end == null ? null : YearMonth.parse(end),
                    rs.getString("reference"), rs.getString("status"), rs.getTimestamp("created_at").toInstant(),
                    cancelled == null ? null : cancelled.toInstant(), executions);
        }, pageArgs.toArray());
        return new StandingOrderList(new PageView<>(items, q.page(), q.size(), total == null ? 0 : total));
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from standing_order_execution");
        jdbc.update("delete from standing_order_view");
    }
}
