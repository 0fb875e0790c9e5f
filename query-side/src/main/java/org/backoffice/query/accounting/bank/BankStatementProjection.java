package org.backoffice.query.accounting.bank;

import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.backoffice.events.accounting.BankEntry;
import org.backoffice.events.accounting.BankEntryResolvedEvent;
import org.backoffice.events.accounting.BankEntryUnmatchedEvent;
import org.backoffice.events.accounting.BankStatementImportedEvent;
import org.backoffice.events.common.Money;
import org.backoffice.query.accounting.ledger.BalancesProjection;
import org.backoffice.query.common.PageView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Imported bank statements and their entries (part of the balances read model, so that an
 * entry's booking and the ledger are seen together), the unmatched list, and the reconciliation
 * of a bank account's ledger balance with its latest statement. Writes are idempotent by key.
 */
@Component
@ProcessingGroup(BalancesProjection.NAME)
public class BankStatementProjection {

    private final JdbcTemplate jdbc;

    BankStatementProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(BankStatementImportedEvent e, @org.axonframework.eventhandling.Timestamp Instant at) {
        String currency = e.entries().get(0).amount().currency();
        int inserted = jdbc.update("""
                insert into bank_statement_view (id, account_id, iban, message, message_id, statement_reference, opening_balance,
                    opening_date, closing_balance, closing_date, currency, entries, skipped, imported_by, imported_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing""",
                e.statementId(), e.accountId(), e.iban(), e.message(), cut(e.messageId(), 100), cut(e.statementReference(), 100),
                e.openingBalance() == null ? null : e.openingBalance().amount(), e.openingDate(),
                e.closingBalance() == null ? null : e.closingBalance().amount(), e.closingDate(), currency,
                e.entries().size(), e.skipped(), e.importedBy(), Timestamp.from(at));
        if (inserted == 0) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < e.entries().size(); i++) {
            BankEntry n = e.entries().get(i);
            BankEntry.Details d = n.details().isEmpty() ? null : n.details().get(0);
            rows.add(new Object[] {e.statementId(), i, e.accountId(), n.reference(), n.bookingDate(), n.valueDate(),
                    n.side().name(), n.amount().amount(), n.amount().currency(), n.reversal(),
                    d == null ? null : cut(d.endToEndId(), 100), d == null ? null : cut(d.remittance(), 1000),
                    d == null ? null : cut(d.creditorReference(), 100), d == null ? null : cut(d.counterpartyName(), 200),
                    d == null ? null : cut(d.counterpartyIban(), 34), d == null ? null : cut(d.returnReason(), 10),
                    n.details().size()});
        }
        jdbc.batchUpdate("""
                insert into bank_entry_view (statement_id, position, account_id, reference, booking_date, value_date, side,
                    amount, currency, reversal, end_to_end_id, remittance, creditor_reference, counterparty_name,
                    counterparty_iban, return_reason, transactions, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NEW')""", rows);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    @EventHandler
    void on(BankEntryResolvedEvent e) {
        jdbc.update("""
                update bank_entry_view set status = ?, how = ?, partner_id = ?, resolved_by = ?, reason = ?
                where statement_id = ? and position = ?""", e.resolvedBy() != null ? "ASSIGNED" : "MATCHED", e.how(),
                e.partnerId(), e.resolvedBy(), e.note(), e.statementId(), e.position());
        jdbc.batchUpdate("insert into bank_entry_booking (transaction_id, statement_id, position) values (?, ?, ?) "
                + "on conflict (transaction_id) do nothing", e.transactionIds().stream()
                .map(t -> new Object[] {t, e.statementId(), e.position()}).toList());
    }

    @EventHandler
    void on(BankEntryUnmatchedEvent e) {
        jdbc.update("update bank_entry_view set status = 'UNMATCHED', reason = ? where statement_id = ? and position = ? "
                + "and status = 'NEW'", e.reason(), e.statementId(), e.position());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from bank_entry_booking");
        jdbc.update("delete from bank_entry_view");
        jdbc.update("delete from bank_statement_view");
    }

    public record BankStatementView(UUID id, UUID accountId, String accountNumber, String iban, String message,
                                String messageId, String statementReference, Money openingBalance, LocalDate openingDate,
                                Money closingBalance, LocalDate closingDate, int entries,
                                @Schema(description = "entries known from an earlier statement or not booked yet") int skipped,
                                int matched, int assigned, int unmatched,
                                @Schema(description = "entries not decided yet (matching runs after the import)") int waiting,
                                String importedBy, Instant importedAt, List<BankEntryView> lines) {
    }

    public record BankEntryView(UUID statementId, int position, String reference, LocalDate bookingDate, LocalDate valueDate,
                            @Schema(allowableValues = {"CREDIT", "DEBIT"}) String side, Money amount, boolean reversal,
                            String endToEndId, String remittance, String creditorReference, String counterpartyName,
                            String counterpartyIban, String returnReason, int transactions,
                            @Schema(allowableValues = {"NEW", "MATCHED", "UNMATCHED", "ASSIGNED"}) String status,
                            @Schema(description = "the rule that matched it (OUR_TRANSFER, RETURN, CUSTOMER_REFERENCE, "
                                    + "CUSTOMER_IBAN_AMOUNT) or ASSIGNED") String how,
                            @Schema(description = "why it is unmatched, or a note on the match") String reason,
                            UUID partnerId, String resolvedBy, List<UUID> transactionIds) {
    }

    public record FindStatements(UUID accountId, int page, int size) {
    }

    public record BankStatementList(PageView<BankStatementView> page) {
    }

    public record FindStatement(UUID id) {
    }

    public record FindUnmatched(int page, int size) {
    }

    public record BankEntryList(PageView<BankEntryView> page) {
    }

    private static final String STATEMENT = """
            select s.*, a.number,
                   (select count(*) from bank_entry_view e where e.statement_id = s.id and e.status = 'MATCHED') as matched,
                   (select count(*) from bank_entry_view e where e.statement_id = s.id and e.status = 'ASSIGNED') as assigned,
                   (select count(*) from bank_entry_view e where e.statement_id = s.id and e.status = 'UNMATCHED') as unmatched,
                   (select count(*) from bank_entry_view e where e.statement_id = s.id and e.status = 'NEW') as waiting
            from bank_statement_view s join account_view a on a.id = s.account_id""";

    @QueryHandler
    public BankStatementList handle(FindStatements q) {
        String where = q.accountId() == null ? "" : " where s.account_id = ?";
        Object[] args = q.accountId() == null ? new Object[0] : new Object[] {q.accountId()};
        long total = jdbc.queryForObject("select count(*) from bank_statement_view s" + where, Long.class, args);
        List<BankStatementView> items = jdbc.query(STATEMENT + where + " order by s.imported_at desc, s.id limit " + q.size()
                + " offset " + ((long) q.page() * q.size()), (rs, i) -> statement(rs, List.of()), args);
        return new BankStatementList(new PageView<>(items, q.page(), q.size(), total));
    }

    @QueryHandler
    public Optional<BankStatementView> handle(FindStatement q) {
        List<BankStatementView> found = jdbc.query(STATEMENT + " where s.id = ?", (rs, i) -> statement(rs, List.of()), q.id());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<BankEntryView> lines = entries("where e.statement_id = ? order by e.position", q.id());
        BankStatementView s = found.get(0);
        return Optional.of(new BankStatementView(s.id(), s.accountId(), s.accountNumber(), s.iban(), s.message(), s.messageId(),
                s.statementReference(), s.openingBalance(), s.openingDate(), s.closingBalance(), s.closingDate(), s.entries(),
                s.skipped(), s.matched(), s.assigned(), s.unmatched(), s.waiting(), s.importedBy(), s.importedAt(), lines));
    }

    @QueryHandler
    public BankEntryList handle(FindUnmatched q) {
        long total = jdbc.queryForObject("select count(*) from bank_entry_view where status = 'UNMATCHED'", Long.class);
        List<BankEntryView> items = entries("where e.status = 'UNMATCHED' order by e.booking_date, e.statement_id, e.position "
                + "limit " + q.size() + " offset " + ((long) q.page() * q.size()));
        return new BankEntryList(new PageView<>(items, q.page(), q.size(), total));
    }

    private List<BankEntryView> entries(String where, Object... args) {
        return jdbc.query("select e.*, array(select b.transaction_id from bank_entry_booking b where b.statement_id = "
                + "e.statement_id and b.position = e.position order by b.transaction_id) as bookings from bank_entry_view e "
                + where, (rs, i) -> {
            UUID[] bookings = (UUID[]) rs.getArray("bookings").getArray();
            String currency = rs.getString("currency").strip();
            return new BankEntryView(rs.getObject("statement_id", UUID.class), rs.getInt("position"), rs.getString("reference"),
                    rs.getDate("booking_date").toLocalDate(), rs.getDate("value_date").toLocalDate(), rs.getString("side"),
                    new Money(rs.getBigDecimal("amount"), currency), rs.getBoolean("reversal"), rs.getString("end_to_end_id"),
                    rs.getString("remittance"), rs.getString("creditor_reference"), rs.getString("counterparty_name"),
                    rs.getString("counterparty_iban"), rs.getString("return_reason"), rs.getInt("transactions"),
                    rs.getString("status"), rs.getString("how"), rs.getString("reason"),
                    rs.getObject("partner_id", UUID.class), rs.getString("resolved_by"), List.of(bookings));
        }, args);
    }

    private static BankStatementView statement(ResultSet rs, List<BankEntryView> lines) throws SQLException {
        String currency = rs.getString("currency").strip();
        BigDecimal opening = rs.getBigDecimal("opening_balance");
        BigDecimal closing = rs.getBigDecimal("closing_balance");
        return new BankStatementView(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class), rs.getString("number"),
                rs.getString("iban"), rs.getString("message"), rs.getString("message_id"), rs.getString("statement_reference"),
                opening == null ? null : new Money(opening, currency), date(rs.getDate("opening_date")),
                closing == null ? null : new Money(closing, currency), date(rs.getDate("closing_date")), rs.getInt("entries"),
                rs.getInt("skipped"), rs.getInt("matched"), rs.getInt("assigned"), rs.getInt("unmatched"), rs.getInt("waiting"),
                rs.getString("imported_by"), rs.getTimestamp("imported_at").toInstant(), lines);
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    public record GetReconciliation(UUID accountId, LocalDate date) {
    }

    /** A cause of a difference between the ledger and the bank, with its signed effect (statement minus ledger). */
    public record ReconciliationDifference(@Schema(allowableValues = {"OPENING_BALANCE", "UNBOOKED_STATEMENT_ENTRY",
            "LEDGER_ENTRY_NOT_ON_STATEMENT"}) String cause, String description, LocalDate date, Money amount,
                             UUID statementId, Integer position, UUID transactionId) {
    }

    public record ReconciliationView(UUID accountId, String accountNumber, String iban, LocalDate date,
                                     @Schema(description = "the account's balance in the books as of the date") Money ledgerBalance,
                                     @Schema(description = "the latest statement's closing balance on or before the date")
                                     Money statementBalance, LocalDate statementDate, UUID statementId,
                                     @Schema(description = "statement minus ledger") Money difference,
                                     List<ReconciliationDifference> causes,
                                     @Schema(description = "what the causes do not explain (zero when the statements "
                                             + "follow each other without gaps)") Money unexplained,
                                     boolean agrees) {
    }

    /**
     * The bank account's ledger balance beside the latest statement's closing balance on or
     * before the date, and every cause of a difference since the first imported statement: its
     * opening balance against the ledger before it, statement entries not booked yet (unmatched
     * or waiting), and ledger entries on the account that no statement brought.
     */
    @QueryHandler
    public Optional<ReconciliationView> handle(GetReconciliation q) {
        List<Object[]> account = jdbc.query("select a.number, a.currency, b.iban from account_view a "
                + "left join bank_details_view b on b.account_id = a.id where a.id = ?",
                (rs, i) -> new Object[] {rs.getString("number"), rs.getString("currency").strip(), rs.getString("iban")},
                q.accountId());
        if (account.isEmpty()) {
            return Optional.empty();
        }
        String currency = (String) account.get(0)[1];
        Date d = Date.valueOf(q.date());
        String balanceUntil = "select coalesce(sum(case when l.side = 'DEBIT' then l.amount else -l.amount end), 0) "
                + "from transaction_leg l join transaction_view t on t.id = l.transaction_id "
                + "where l.account_id = ? and t.status <> 'REJECTED' and t.value_date ";
        BigDecimal ledger = jdbc.queryForObject(balanceUntil + "<= ?", BigDecimal.class, q.accountId(), d);
        List<Object[]> latest = jdbc.query("""
                select id, closing_balance, closing_date from bank_statement_view
                where account_id = ? and closing_date <= ? and closing_balance is not null
                order by closing_date desc, imported_at desc limit 1""", (rs, i) -> new Object[] {
                rs.getObject("id", UUID.class), rs.getBigDecimal("closing_balance"), rs.getDate("closing_date").toLocalDate()},
                q.accountId(), d);
        List<ReconciliationDifference> causes = new ArrayList<>();
        List<Object[]> first = jdbc.query("""
                select s.id, s.opening_balance, coalesce(s.opening_date, (select min(e.booking_date) from bank_entry_view e
                    where e.statement_id = s.id)) as start
                from bank_statement_view s where s.account_id = ? order by start, s.imported_at limit 1""",
                (rs, i) -> new Object[] {rs.getObject("id", UUID.class), rs.getBigDecimal("opening_balance"),
                        rs.getDate("start").toLocalDate()}, q.accountId());
        BigDecimal explained = BigDecimal.ZERO;
        if (!first.isEmpty() && first.get(0)[1] != null) {
            LocalDate start = (LocalDate) first.get(0)[2];
            BigDecimal before = jdbc.queryForObject(balanceUntil + "< ?", BigDecimal.class, q.accountId(), Date.valueOf(start));
            BigDecimal diff = ((BigDecimal) first.get(0)[1]).subtract(before);
            if (diff.signum() != 0) {
                causes.add(new ReconciliationDifference("OPENING_BALANCE", "the first statement opens with "
                        + ((BigDecimal) first.get(0)[1]).toPlainString() + ", the books had " + before.toPlainString()
                        + " before " + start, start, new Money(diff, currency), (UUID) first.get(0)[0], null, null));
                explained = explained.add(diff);
            }
        }
        if (!first.isEmpty()) {
            LocalDate start = (LocalDate) first.get(0)[2];
            for (Object[] e : jdbc.query("""
                    select statement_id, position, booking_date, side, amount, status, coalesce(reason, '') as reason,
                           coalesce(counterparty_name, '') as name
                    from bank_entry_view where account_id = ? and status in ('NEW', 'UNMATCHED') and booking_date <= ?
                    order by booking_date, statement_id, position""", (rs, i) -> new Object[] {
                    rs.getObject("statement_id", UUID.class), rs.getInt("position"), rs.getDate("booking_date").toLocalDate(),
                    rs.getString("side"), rs.getBigDecimal("amount"), rs.getString("status"), rs.getString("reason"),
                    rs.getString("name")}, q.accountId(), d)) {
                BigDecimal signed = "CREDIT".equals(e[3]) ? (BigDecimal) e[4] : ((BigDecimal) e[4]).negate();
                causes.add(new ReconciliationDifference("UNBOOKED_STATEMENT_ENTRY", ("NEW".equals(e[5]) ? "not matched yet" : "unmatched: "
                        + e[6]) + (((String) e[7]).isEmpty() ? "" : " (" + e[7] + ")"), (LocalDate) e[2],
                        new Money(signed, currency), (UUID) e[0], (Integer) e[1], null));
                explained = explained.add(signed);
            }
            for (Object[] l : jdbc.query("""
                    select t.id, t.value_date, coalesce(t.reference, '') as text,
                           sum(case when l.side = 'DEBIT' then l.amount else -l.amount end) as amount
                    from transaction_leg l join transaction_view t on t.id = l.transaction_id
                    where l.account_id = ? and t.status <> 'REJECTED' and t.value_date between ? and ?
                      and not exists (select 1 from bank_entry_booking b where b.transaction_id = t.id)
                    group by t.id, t.value_date, t.reference order by t.value_date, t.id""", (rs, i) -> new Object[] {
                    rs.getObject("id", UUID.class), rs.getDate("value_date").toLocalDate(), rs.getString("text"),
                    rs.getBigDecimal("amount")}, q.accountId(), Date.valueOf(start), d)) {
                BigDecimal effect = ((BigDecimal) l[3]).negate();
                if (effect.signum() == 0) {
                    continue;
                }
                causes.add(new ReconciliationDifference("LEDGER_ENTRY_NOT_ON_STATEMENT", "booked in the ledger, on no statement: " + l[2],
                        (LocalDate) l[1], new Money(effect, currency), null, null, (UUID) l[0]));
                explained = explained.add(effect);
            }
        }
        Money statement = latest.isEmpty() ? null : new Money((BigDecimal) latest.get(0)[1], currency);
        BigDecimal difference = statement == null ? BigDecimal.ZERO : statement.amount().subtract(ledger);
        return Optional.of(new ReconciliationView(q.accountId(), (String) account.get(0)[0], (String) account.get(0)[2],
                q.date(), new Money(ledger, currency), statement, latest.isEmpty() ? null : (LocalDate) latest.get(0)[2],
                latest.isEmpty() ? null : (UUID) latest.get(0)[0], new Money(difference, currency), causes,
                new Money(statement == null ? BigDecimal.ZERO : difference.subtract(explained), currency),
                statement != null && difference.signum() == 0));
    }
}
