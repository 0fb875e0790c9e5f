package org.backoffice.command.accounting.paymentrun.jdbc;

import org.backoffice.command.accounting.paymentrun.PaymentProposals;
import org.backoffice.events.accounting.BankDetails;
import org.backoffice.events.accounting.RunPayment;
import org.backoffice.events.common.Money;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Proposes from the balances read model: suppliers' items open today (not reversed, less their
 * settlements) due by the date, without those a prepared run or a pending payment of an
 * approved run already pays. A supplier without an IBAN, or with payments not yet allocated
 * (a credit note, an advance), is left out with the reason: the accountant settles that first.
 */
@Component
public class JdbcPaymentProposals implements PaymentProposals {

    /** ISO 20022 Max140Text, the unstructured remittance's length. */
    private static final int REMITTANCE = 140;

    private final JdbcTemplate jdbc;

    public JdbcPaymentProposals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(UUID partnerId, String name, UUID accountId, String iban, String bic, UUID itemId,
                       String documentNumber, BigDecimal open, BigDecimal unallocated) {
    }

    @Override
    public Proposal dueBy(UUID runId, LocalDate dueUntil, String currency, java.util.Set<UUID> onlyPartners) {
        // Set-based (each sum grouped once and joined by hash), so that its cost grows with the
        // rows and not with their square whatever the planner's statistics say.
        List<Row> rows = jdbc.query("""
                with settled as (
                    select s.item_id, sum(s.amount) as amount
                    from open_item_settlement s join partner_payment_view p on p.payment_id = s.payment_id
                    where p.reversal_id is null group by s.item_id
                ), allocated as (
                    select s.payment_id, sum(s.amount) as amount
                    from open_item_settlement s join open_item_view i on i.item_id = s.item_id
                    where i.reversal_id is null group by s.payment_id
                ), unallocated as (
                    select p.partner_id, sum(p.amount - coalesce(a.amount, 0)) as rest
                    from partner_payment_view p left join allocated a on a.payment_id = p.payment_id
                    where p.reversal_id is null and p.currency = ? group by p.partner_id
                ), held as (
                    select distinct ri.item_id from payment_run_item ri
                    join payment_run_view r on r.id = ri.run_id
                    join payment_run_payment rp on rp.run_id = ri.run_id and rp.payment_id = ri.payment_id
                    where r.id <> ? and (r.status = 'PREPARED' or (r.status = 'APPROVED' and rp.status = 'PENDING'))
                )
                select pv.id, pv.name, pv.account_id, pv.iban, pv.bic, i.item_id, i.document_number,
                       i.amount - coalesce(st.amount, 0) as open, coalesce(u.rest, 0) as unallocated
                from open_item_view i
                join partner_view pv on pv.id = i.partner_id and pv.kind = 'SUPPLIER'
                left join settled st on st.item_id = i.item_id
                left join unallocated u on u.partner_id = pv.id
                left join held h on h.item_id = i.item_id
                where i.reversal_id is null and i.currency = ? and i.due_date <= ? and h.item_id is null
                  and i.amount - coalesce(st.amount, 0) > 0
                order by pv.name, pv.id, i.due_date, i.booking_date, i.item_id""",
                (rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getObject("account_id", UUID.class), rs.getString("iban"), rs.getString("bic"),
                        rs.getObject("item_id", UUID.class), rs.getString("document_number"), rs.getBigDecimal("open"),
                        rs.getBigDecimal("unallocated")),
                currency, runId, currency, Date.valueOf(dueUntil));
        Map<UUID, List<Row>> bySupplier = new LinkedHashMap<>();
        rows.stream().filter(r -> onlyPartners.isEmpty() || onlyPartners.contains(r.partnerId())).forEach(r -> bySupplier.computeIfAbsent(r.partnerId(), k -> new ArrayList<>()).add(r));
        List<RunPayment> payments = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        bySupplier.forEach((partnerId, items) -> {
            Row first = items.get(0);
            if (first.iban() == null) {
                skipped.add(new Skipped(partnerId, first.name(), "no bank details"));
                return;
            }
            if (first.unallocated().signum() != 0) {
                skipped.add(new Skipped(partnerId, first.name(), "payments of " + first.unallocated().toPlainString()
                        + " " + currency + " are not allocated: allocate them first"));
                return;
            }
            List<RunPayment.PaidItem> paid = items.stream().map(r -> new RunPayment.PaidItem(r.itemId(), r.documentNumber(),
                    new Money(r.open(), currency))).toList();
            Money total = paid.stream().map(RunPayment.PaidItem::amount).reduce(Money.zero(currency), Money::plus);
            UUID paymentId = UUID.nameUUIDFromBytes(("payment-run:" + runId + ":" + partnerId).getBytes(StandardCharsets.UTF_8));
            payments.add(new RunPayment(paymentId, partnerId, first.accountId(), first.name(),
                    new BankDetails(first.iban(), first.bic()), total, remittance(items), paid));
        });
        return new Proposal(payments, skipped);
    }

    /** The documents paid, as many as fit into 140 characters. */
    private static String remittance(List<Row> items) {
        StringBuilder text = new StringBuilder(items.size() == 1 ? "Invoice" : "Invoices");
        int listed = 0;
        for (Row r : items) {
            String number = r.documentNumber() != null ? r.documentNumber() : r.itemId().toString().substring(0, 8);
            String more = " and " + (items.size() - listed) + " more";
            if (text.length() + number.length() + 2 + (listed + 1 < items.size() ? more.length() : 0) > REMITTANCE) {
                text.append(more);
                break;
            }
            text.append(listed == 0 ? " " : ", ").append(number);
            listed++;
        }
        return text.toString();
    }
}
