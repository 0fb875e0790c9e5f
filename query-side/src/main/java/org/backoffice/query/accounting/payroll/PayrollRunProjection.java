package org.backoffice.query.accounting.payroll;

import io.swagger.v3.oas.annotations.media.Schema;
import org.backoffice.query.accounting.ledger.BalancesProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.backoffice.events.accounting.PayrollPayment;
import org.backoffice.events.accounting.PayrollPaymentSettledEvent;
import org.backoffice.events.accounting.PayrollRunCompletedEvent;
import org.backoffice.events.accounting.PayrollRunStartedEvent;
import org.backoffice.events.common.Money;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Payroll runs with each payment's outcome, part of the accounting read models. */
@Component
@ProcessingGroup(BalancesProjection.NAME)
public class PayrollRunProjection {

    private final JdbcTemplate jdbc;

    PayrollRunProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record FindPayrollRun(YearMonth period) {
    }

    public record PaymentView(UUID employeeId, UUID transactionId, Money amount, int daysEmployed, @Schema(allowableValues = {"PENDING", "PAID", "REJECTED"}) String status,
                              String reason) {
    }

    public record PayrollRunView(UUID id, YearMonth period, @Schema(allowableValues = {"RUNNING", "COMPLETED"}) String status, int employees, Money total,
                                 int rejected, List<PaymentView> payments, Instant startedAt, Instant completedAt) {

        /** For roles that may not see salaries: each payment without its amount (the run's total stays). */
        public PayrollRunView withoutPaymentAmounts() {
            return new PayrollRunView(id, period, status, employees, total, rejected, payments.stream()
                    .map(p -> new PaymentView(p.employeeId(), p.transactionId(), null, p.daysEmployed(), p.status(), p.reason()))
                    .toList(), startedAt, completedAt);
        }
    }

    @EventHandler
    void on(PayrollRunStartedEvent e, @Timestamp Instant at) {
        if (jdbc.update("""
                insert into payroll_run_view (run_id, period, status, started_at) values (?, ?, 'RUNNING', ?)
                on conflict (run_id) do nothing""", e.runId(), e.period().toString(), java.sql.Timestamp.from(at)) == 0) {
            return;
        }
        for (PayrollPayment p : e.payments()) {
            jdbc.update("""
                    insert into payroll_payment_view (run_id, employee_id, transaction_id, amount, currency, days_employed, status)
                    values (?, ?, ?, ?, ?, ?, 'PENDING')""", e.runId(), p.employeeId(), p.transactionId(),
                    p.amount().amount(), p.amount().currency(), p.daysEmployed());
        }
    }

    @EventHandler
    void on(PayrollPaymentSettledEvent e) {
        jdbc.update("update payroll_payment_view set status = ?, reason = ? where run_id = ? and employee_id = ?",
                e.paid() ? "PAID" : "REJECTED", e.reason(), e.runId(), e.employeeId());
    }

    @EventHandler
    void on(PayrollRunCompletedEvent e, @Timestamp Instant at) {
        jdbc.update("""
                update payroll_run_view set status = 'COMPLETED', employees_paid = ?, total_paid = ?, currency = ?,
                    payments_rejected = ?, completed_at = ? where run_id = ?""",
                e.employeesPaid(), e.totalPaid().amount(), e.totalPaid().currency(), e.paymentsRejected(),
                java.sql.Timestamp.from(at), e.runId());
    }

    @QueryHandler
    public Optional<PayrollRunView> handle(FindPayrollRun q) {
        return jdbc.query("select * from payroll_run_view where period = ?", (rs, i) -> {
            UUID runId = rs.getObject("run_id", UUID.class);
            List<PaymentView> payments = jdbc.query("""
                    select * from payroll_payment_view where run_id = ? order by employee_id""", (p, j) ->
                    new PaymentView(p.getObject("employee_id", UUID.class), p.getObject("transaction_id", UUID.class),
                            new Money(p.getBigDecimal("amount"), p.getString("currency")), p.getInt("days_employed"),
                            p.getString("status"), p.getString("reason")), runId);
            String currency = rs.getString("currency") != null ? rs.getString("currency")
                    : payments.stream().findFirst().map(p -> p.amount().currency()).orElse("EUR");
            java.sql.Timestamp completed = rs.getTimestamp("completed_at");
            return new PayrollRunView(runId, YearMonth.parse(rs.getString("period")), rs.getString("status"),
                    rs.getInt("employees_paid"),
                    new Money(rs.getBigDecimal("total_paid") == null ? java.math.BigDecimal.ZERO : rs.getBigDecimal("total_paid"), currency),
                    rs.getInt("payments_rejected"), payments, rs.getTimestamp("started_at").toInstant(),
                    completed == null ? null : completed.toInstant());
        }, q.period().toString()).stream().findFirst();
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from payroll_payment_view");
        jdbc.update("delete from payroll_run_view");
    }
}
