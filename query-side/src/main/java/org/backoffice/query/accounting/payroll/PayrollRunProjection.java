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

    public record PaymentView(UUID employeeId, UUID transactionId, Money amount,
                              @Schema(description = "calendar days paid: employed, less unpaid and parental leave") int daysEmployed,
                              @Schema(description = "the part of the amount that pays out untaken leave at the end of the employment")
                              Money leavePayout,
                              @Schema(allowableValues = {"PENDING", "PAID", "REJECTED"}) String status, String reason) {
    }

    public record PayrollRunView(UUID id, YearMonth period, @Schema(allowableValues = {"RUNNING", "COMPLETED"}) String status, int employees, Money total,
                                 int rejected, List<PaymentView> payments, Instant startedAt, Instant completedAt) {

        /** For roles that may not see salaries: each payment without its amount (the run's total stays). */
        public PayrollRunView withoutPaymentAmounts() {
            return new PayrollRunView(id, period, status, employees, total, rejected, payments.stream()
                    .map(p -> new PaymentView(p.employeeId(), p.transactionId(), null, p.daysEmployed(), null, p.status(), p.reason()))
                    .toList(), startedAt, completedAt);
        }
    }

    @EventHandler
    void on(PayrollRunStartedEvent e, @Timestamp Instant at) {
        if (jdbc.update("""
                insert into payroll_run_view (run_id, period, status, started_at, bank_account_id, transit_account_id,
                    payer_name)
                values (?, ?, 'RUNNING', ?, ?, ?, ?) on conflict (run_id) do nothing""", e.runId(), e.period().toString(),
                java.sql.Timestamp.from(at), e.bankAccountId(), e.transitAccountId(), e.payerName()) == 0) {
            return;
        }
        pending(e.runId(), e.payments());
    }

    @EventHandler
    void on(org.backoffice.events.accounting.PayrollPaymentsCalculatedEvent e) {
        pending(e.runId(), e.payments());
    }

    /** The run's payments, each pending until settled (one batch of inserts; a repeat adds nothing). */
    private void pending(UUID runId, List<PayrollPayment> payments) {
        jdbc.batchUpdate("""
                insert into payroll_payment_view (run_id, employee_id, transaction_id, amount, currency, days_employed,
                    leave_payout, status)
                values (?, ?, ?, ?, ?, ?, ?, 'PENDING') on conflict do nothing""", payments, 500, (ps, p) -> {
            ps.setObject(1, runId);
            ps.setObject(2, p.employeeId());
            ps.setObject(3, p.transactionId());
            ps.setBigDecimal(4, p.amount().amount());
            ps.setString(5, p.amount().currency());
            ps.setInt(6, p.daysEmployed());
            ps.setBigDecimal(7, p.leavePayout() == null ? null : p.leavePayout().amount());
        });
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
                            p.getBigDecimal("leave_payout") == null ? null
                                    : new Money(p.getBigDecimal("leave_payout"), p.getString("currency")),
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

    /** The SEPA file of a completed run: its paid transfers with each employee's bank account. */
    public record FindPayrollTransfers(YearMonth period) {
    }

    public record PayrollTransfer(UUID employeeId, String name, String iban, String bic, UUID transactionId, Money amount) {
    }

    public record PayrollTransfers(UUID runId, YearMonth period, boolean completed, Instant completedAt, String payerName,
                                   String debtorIban, String debtorBic, boolean throughTransit,
                                   List<PayrollTransfer> transfers) {
    }

    @QueryHandler
    public Optional<PayrollTransfers> handle(FindPayrollTransfers q) {
        return jdbc.query("""
                select r.run_id, r.status, r.completed_at, r.transit_account_id, coalesce(r.payer_name, a.name) as payer,
                       b.iban, b.bic
                from payroll_run_view r left join bank_details_view b on b.account_id = r.bank_account_id
                left join account_view a on a.id = r.bank_account_id
                where r.period = ?""", (rs, i) -> {
            UUID runId = rs.getObject("run_id", UUID.class);
            List<PayrollTransfer> transfers = jdbc.query("""
                    select p.employee_id, p.transaction_id, p.amount, p.currency, e.first_name, e.last_name, e.iban, e.bic
                    from payroll_payment_view p left join employee_view e on e.id = p.employee_id
                    where p.run_id = ? and p.status = 'PAID' order by p.employee_id""", (p, j) -> new PayrollTransfer(
                    p.getObject("employee_id", UUID.class),
                    p.getString("first_name") == null ? null : (p.getString("first_name") + " " + p.getString("last_name")).strip(),
                    p.getString("iban") == null || p.getString("iban").isEmpty() ? null : p.getString("iban"), p.getString("bic"),
                    p.getObject("transaction_id", UUID.class), new Money(p.getBigDecimal("amount"), p.getString("currency"))),
                    runId);
            java.sql.Timestamp completed = rs.getTimestamp("completed_at");
            return new PayrollTransfers(runId, q.period(), rs.getString("status").equals("COMPLETED"),
                    completed == null ? null : completed.toInstant(), rs.getString("payer"), rs.getString("iban"),
                    rs.getString("bic"),
                    rs.getObject("transit_account_id") != null, transfers);
        }, q.period().toString()).stream().findFirst();
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from payroll_payment_view");
        jdbc.update("delete from payroll_run_view");
    }
}
