package org.backoffice.query.accounting.partner;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.backoffice.events.accounting.OpenItemBookedEvent;
import org.backoffice.events.accounting.OpenItemSettledEvent;
import org.backoffice.events.accounting.PartnerDocumentReversedEvent;
import org.backoffice.events.accounting.PartnerPaymentBookedEvent;
import org.backoffice.events.common.Money;
import org.backoffice.query.accounting.ledger.BalancesProjection;
import org.backoffice.query.accounting.partner.OpenItemViews.AgingBuckets;
import org.backoffice.query.accounting.partner.OpenItemViews.AgingLine;
import org.backoffice.query.accounting.partner.OpenItemViews.AgingView;
import org.backoffice.query.accounting.partner.OpenItemViews.OpenItemView;
import org.backoffice.query.accounting.partner.OpenItemViews.PartnerItemsView;
import org.backoffice.query.accounting.partner.OpenItemViews.PartnerPaymentView;
import org.backoffice.query.accounting.partner.OpenItemViews.SettlementView;
import org.backoffice.query.accounting.partner.OpenItemViews.PartnerStatementLine;
import org.backoffice.query.accounting.partner.OpenItemViews.PartnerStatementView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The open items and payments of business partners (part of the balances read model), and what
 * is read from them: a partner's items as of a date, the receivables and payables aging, and a
 * partner's statement. Writes are idempotent by key, so a replayed event changes nothing.
 *
 * <p>As of a date D: an item counts if booked by D and not reversed by D; a settlement counts
 * from the later of its payment's and its item's booking date, until either is reversed.
 */
@Component
@ProcessingGroup(BalancesProjection.NAME)
public class OpenItemProjection {

    private final JdbcTemplate jdbc;

    OpenItemProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OpenItemBookedEvent e) {
        jdbc.update("""
                insert into open_item_view (item_id, partner_id, document_number, document_date, booking_date, due_date,
                    amount, currency)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (item_id) do nothing""", e.itemId(), e.partnerId(),
                e.documentNumber(), e.documentDate(), e.bookingDate(), e.dueDate(), e.amount().amount(),
                e.amount().currency());
    }

    @EventHandler
    void on(PartnerPaymentBookedEvent e) {
        jdbc.update("""
                insert into partner_payment_view (payment_id, partner_id, document_number, booking_date, amount, currency)
                values (?, ?, ?, ?, ?, ?) on conflict (payment_id) do nothing""", e.paymentId(), e.partnerId(),
                e.documentNumber(), e.bookingDate(), e.amount().amount(), e.amount().currency());
    }

    /**
     * Allocations add up per item and payment; an event redelivered after a crash between this
     * write and the token's is the one case a sum would count twice, so the sum is rebuilt from
     * the events on replay (the read model's reset) rather than trusted across crashes: the
     * balances group writes this row and its token in one transaction.
     */
    @EventHandler
    void on(OpenItemSettledEvent e) {
        jdbc.update("""
                insert into open_item_settlement (item_id, payment_id, amount) values (?, ?, ?)
                on conflict (item_id, payment_id) do update set amount = open_item_settlement.amount + excluded.amount""",
                e.itemId(), e.paymentId(), e.amount().amount());
    }

    @EventHandler
    void on(PartnerDocumentReversedEvent e) {
        jdbc.update("update open_item_view set reversal_id = ?, reversal_date = ? where item_id = ? and reversal_id is null",
                e.reversalId(), e.reversalDate(), e.documentId());
        jdbc.update("update partner_payment_view set reversal_id = ?, reversal_date = ? where payment_id = ? and reversal_id is null",
                e.reversalId(), e.reversalDate(), e.documentId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from open_item_settlement");
        jdbc.update("delete from open_item_view");
        jdbc.update("delete from partner_payment_view");
    }

    /** The settlements that count as of ?1 (a date; used twice more below). */
    public static final String SETTLEMENTS_AS_OF = """
            select s.item_id, s.payment_id, s.amount, p.document_number, p.booking_date
            from open_item_settlement s
            join open_item_view i on i.item_id = s.item_id
            join partner_payment_view p on p.payment_id = s.payment_id
            where greatest(p.booking_date, i.booking_date) <= ?
              and (i.reversal_date is null or i.reversal_date > ?)
              and (p.reversal_date is null or p.reversal_date > ?)""";

    public record FindPartnerItems(UUID partnerId, LocalDate asOf, boolean openOnly) {
    }

    @QueryHandler
    public Optional<PartnerItemsView> handle(FindPartnerItems q) {
        Optional<PartnerHead> head = head(q.partnerId());
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Date d = Date.valueOf(q.asOf());
        Map<UUID, List<SettlementView>> byItem = new LinkedHashMap<>();
        Map<UUID, BigDecimal> byPayment = new LinkedHashMap<>();
        String currency = head.get().currency();
        jdbc.query(SETTLEMENTS_AS_OF + " and i.partner_id = ? order by p.booking_date, p.payment_id", rs -> {
            UUID item = rs.getObject("item_id", UUID.class);
            UUID payment = rs.getObject("payment_id", UUID.class);
            BigDecimal amount = rs.getBigDecimal("amount");
            byItem.computeIfAbsent(item, k -> new ArrayList<>()).add(new SettlementView(payment,
                    rs.getString("document_number"), rs.getDate("booking_date").toLocalDate(), new Money(amount, currency)));
            byPayment.merge(payment, amount, BigDecimal::add);
        }, d, d, d, q.partnerId());
        List<OpenItemView> items = new ArrayList<>();
        jdbc.query("select * from open_item_view where partner_id = ? and booking_date <= ? order by due_date, booking_date, item_id",
                rs -> {
                    UUID id = rs.getObject("item_id", UUID.class);
                    LocalDate reversal = date(rs.getDate("reversal_date"));
                    boolean reversed = reversal != null && !reversal.isAfter(q.asOf());
                    BigDecimal amount = rs.getBigDecimal("amount");
                    List<SettlementView> settlements = byItem.getOrDefault(id, List.of());
                    BigDecimal settled = settlements.stream().map(s -> s.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
                    BigDecimal open = reversed ? BigDecimal.ZERO : amount.subtract(settled);
                    String status = reversed ? "REVERSED" : open.signum() == 0 ? "SETTLED" : "OPEN";
                    if (q.openOnly() && !status.equals("OPEN")) {
                        return;
                    }
                    LocalDate due = rs.getDate("due_date").toLocalDate();
                    items.add(new OpenItemView(id, rs.getString("document_number"), rs.getDate("document_date").toLocalDate(),
                            rs.getDate("booking_date").toLocalDate(), due, new Money(amount, currency),
                            new Money(settled, currency), new Money(open, currency),
                            status.equals("OPEN") ? Math.max(0, ChronoUnit.DAYS.between(due, q.asOf())) : 0, status,
                            reversed ? rs.getObject("reversal_id", UUID.class) : null, settlements));
                }, q.partnerId(), d);
        List<PartnerPaymentView> payments = new ArrayList<>();
        jdbc.query("select * from partner_payment_view where partner_id = ? and booking_date <= ? order by booking_date, payment_id",
                rs -> {
                    UUID id = rs.getObject("payment_id", UUID.class);
                    LocalDate reversal = date(rs.getDate("reversal_date"));
                    boolean reversed = reversal != null && !reversal.isAfter(q.asOf());
                    BigDecimal amount = rs.getBigDecimal("amount");
                    BigDecimal allocated = byPayment.getOrDefault(id, BigDecimal.ZERO);
                    BigDecimal rest = reversed ? BigDecimal.ZERO : amount.subtract(allocated);
                    String status = reversed ? "REVERSED" : rest.signum() == 0 ? "ALLOCATED" : "UNALLOCATED";
                    if (q.openOnly() && !status.equals("UNALLOCATED")) {
                        return;
                    }
                    payments.add(new PartnerPaymentView(id, rs.getString("document_number"), rs.getDate("booking_date").toLocalDate(),
                            new Money(amount, currency), new Money(allocated, currency), new Money(rest, currency), status,
                            reversed ? rs.getObject("reversal_id", UUID.class) : null));
                }, q.partnerId(), d);
        Money open = items.stream().map(OpenItemView::open).reduce(Money.zero(currency), Money::plus);
        Money unallocated = payments.stream().map(PartnerPaymentView::unallocated).reduce(Money.zero(currency), Money::plus);
        PartnerHead h = head.get();
        return Optional.of(new PartnerItemsView(h.id(), h.name(), h.kind(), h.accountId(), q.asOf(), items, payments,
                open, unallocated, open.minus(unallocated)));
    }

    public record GetAging(String kind, LocalDate asOf, String currency) {
    }

    /** Per partner of the kind, what is open as of the date by days past due, and what it paid unallocated. */
    @QueryHandler
    public AgingView handle(GetAging q) {
        Date d = Date.valueOf(q.asOf());
        Map<UUID, BigDecimal[]> buckets = new LinkedHashMap<>();
        Map<UUID, String[]> names = new LinkedHashMap<>();
        // Set-based: the settlements as of the date summed once per item and per payment, joined by hash.
        String settledAsOf = "select item_id, payment_id, amount from (" + SETTLEMENTS_AS_OF + ") x";
        jdbc.query("""
                with settled as (select item_id, sum(amount) as amount from (""" + settledAsOf + """
                ) s group by item_id)
                select pv.id, pv.name, av.number, i.due_date, i.amount - coalesce(st.amount, 0) as open
                from open_item_view i
                join partner_view pv on pv.id = i.partner_id
                join account_view av on av.id = pv.account_id
                left join settled st on st.item_id = i.item_id
                where pv.kind = ? and i.currency = ? and i.booking_date <= ?
                  and (i.reversal_date is null or i.reversal_date > ?)
                order by pv.name, pv.id""", rs -> {
            BigDecimal open = rs.getBigDecimal("open");
            if (open.signum() == 0) {
                return;
            }
            UUID id = rs.getObject("id", UUID.class);
            names.putIfAbsent(id, new String[] {rs.getString("name"), rs.getString("number")});
            long overdue = ChronoUnit.DAYS.between(rs.getDate("due_date").toLocalDate(), q.asOf());
            int bucket = overdue <= 0 ? 0 : overdue <= 30 ? 1 : overdue <= 60 ? 2 : overdue <= 90 ? 3 : 4;
            buckets.computeIfAbsent(id, k -> zeros())[bucket] = buckets.get(id)[bucket].add(open);
        }, d, d, d, q.kind(), q.currency(), d, d);
        jdbc.query("""
                with allocated as (select payment_id, sum(amount) as amount from (""" + settledAsOf + """
                ) s group by payment_id)
                select pv.id, pv.name, av.number, p.amount - coalesce(al.amount, 0) as rest
                from partner_payment_view p
                join partner_view pv on pv.id = p.partner_id
                join account_view av on av.id = pv.account_id
                left join allocated al on al.payment_id = p.payment_id
                where pv.kind = ? and p.currency = ? and p.booking_date <= ?
                  and (p.reversal_date is null or p.reversal_date > ?)""", rs -> {
            BigDecimal rest = rs.getBigDecimal("rest");
            if (rest.signum() == 0) {
                return;
            }
            UUID id = rs.getObject("id", UUID.class);
            names.putIfAbsent(id, new String[] {rs.getString("name"), rs.getString("number")});
            buckets.computeIfAbsent(id, k -> zeros())[5] = buckets.get(id)[5].add(rest);
        }, d, d, d, q.kind(), q.currency(), d, d);
        List<AgingLine> lines = new ArrayList<>();
        BigDecimal[] total = zeros();
        names.entrySet().stream().sorted(Map.Entry.comparingByValue((a, b) -> a[0].compareTo(b[0]))).forEach(n -> {
            BigDecimal[] b = buckets.get(n.getKey());
            for (int i = 0; i < b.length; i++) {
                total[i] = total[i].add(b[i]);
            }
            lines.add(new AgingLine(n.getKey(), n.getValue()[0], n.getValue()[1], buckets(b, q.currency())));
        });
        return new AgingView(q.kind(), q.asOf(), q.currency(), lines, buckets(total, q.currency()));
    }

    private static BigDecimal[] zeros() {
        BigDecimal[] b = new BigDecimal[6];
        java.util.Arrays.fill(b, BigDecimal.ZERO);
        return b;
    }

    private static AgingBuckets buckets(BigDecimal[] b, String currency) {
        BigDecimal open = b[0].add(b[1]).add(b[2]).add(b[3]).add(b[4]);
        return new AgingBuckets(new Money(b[0], currency), new Money(b[1], currency), new Money(b[2], currency),
                new Money(b[3], currency), new Money(b[4], currency), new Money(open, currency),
                new Money(b[5], currency), new Money(open.subtract(b[5]), currency));
    }

    public record GetStatement(UUID partnerId, LocalDate from, LocalDate to) {
    }

    /**
     * The partner's account from one date to another: the balance before, every entry with the
     * balance after it (signed so that positive is what the partner owes us, or we owe a
     * supplier), the balance at the end, and the open items as of the end.
     */
    @QueryHandler
    public Optional<PartnerStatementView> handle(GetStatement q) {
        Optional<PartnerHead> head = head(q.partnerId());
        if (head.isEmpty()) {
            return Optional.empty();
        }
        PartnerHead h = head.get();
        String claims = h.kind().equals("CUSTOMER") ? "DEBIT" : "CREDIT";
        String signed = "case when l.side = '" + claims + "' then l.amount else -l.amount end";
        BigDecimal opening = jdbc.queryForObject("select coalesce(sum(" + signed + "), 0) from transaction_leg l "
                + "join transaction_view t on t.id = l.transaction_id "
                + "where l.account_id = ? and t.status <> 'REJECTED' and t.value_date < ?", BigDecimal.class,
                h.accountId(), Date.valueOf(q.from()));
        List<PartnerStatementLine> lines = new ArrayList<>();
        BigDecimal[] balance = {opening};
        jdbc.query("select t.id, t.value_date, t.document_number, t.document_date, t.reference, l.side, l.amount "
                + "from transaction_leg l join transaction_view t on t.id = l.transaction_id "
                + "where l.account_id = ? and t.status <> 'REJECTED' and t.value_date between ? and ? "
                + "order by t.value_date, t.recorded_at, t.id, l.position", rs -> {
            BigDecimal amount = rs.getBigDecimal("amount");
            boolean claim = rs.getString("side").equals(claims);
            balance[0] = balance[0].add(claim ? amount : amount.negate());
            lines.add(new PartnerStatementLine(rs.getObject("id", UUID.class), rs.getDate("value_date").toLocalDate(),
                    rs.getString("document_number"), date(rs.getDate("document_date")), rs.getString("reference"),
                    rs.getString("side").equals("DEBIT") ? new Money(amount, h.currency()) : null,
                    rs.getString("side").equals("CREDIT") ? new Money(amount, h.currency()) : null,
                    new Money(balance[0], h.currency())));
        }, h.accountId(), Date.valueOf(q.from()), Date.valueOf(q.to()));
        PartnerItemsView items = handle(new FindPartnerItems(q.partnerId(), q.to(), true)).orElseThrow();
        return Optional.of(new PartnerStatementView(h.id(), h.name(), h.kind(), h.accountNumber(), q.from(), q.to(),
                h.currency(), new Money(opening, h.currency()), lines, new Money(balance[0], h.currency()),
                items.items(), items.payments()));
    }

    private record PartnerHead(UUID id, String name, String kind, UUID accountId, String accountNumber, String currency) {
    }

    private Optional<PartnerHead> head(UUID partnerId) {
        return jdbc.query("select pv.id, pv.name, pv.kind, pv.account_id, av.number, av.currency from partner_view pv "
                + "join account_view av on av.id = pv.account_id where pv.id = ?", (rs, i) -> new PartnerHead(
                rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("kind"),
                rs.getObject("account_id", UUID.class), rs.getString("number"), rs.getString("currency").strip()),
                partnerId).stream().findFirst();
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
