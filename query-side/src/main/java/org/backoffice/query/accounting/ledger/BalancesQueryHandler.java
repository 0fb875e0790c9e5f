package org.backoffice.query.accounting.ledger;

import org.axonframework.queryhandling.QueryHandler;
import org.backoffice.events.common.Money;
import org.backoffice.query.accounting.ledger.BalancesViews.AccountBalance;
import org.backoffice.query.accounting.ledger.BalancesViews.AccountView;
import org.backoffice.query.accounting.ledger.BalancesViews.BalancesReport;
import org.backoffice.query.accounting.ledger.BalancesViews.LedgerEntryView;
import org.backoffice.query.accounting.ledger.BalancesViews.PartyView;
import org.backoffice.query.accounting.ledger.BalancesViews.TransactionView;
import org.backoffice.query.common.PageView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;

@Component
@Transactional(readOnly = true)
public class BalancesQueryHandler {

    private final AccountViewRepository accounts;
    private final LedgerEntryRepository entries;
    private final TransactionViewRepository transactions;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    BalancesQueryHandler(AccountViewRepository accounts, LedgerEntryRepository entries,
                         TransactionViewRepository transactions, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.entries = entries;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    @QueryHandler
    public BalancesViews.AccountList handle(BalancesQueries.FindAccounts q) {
        Specification<AccountViewEntity> spec = (root, query, cb) -> cb.conjunction();
        if (q.type() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("type"), q.type()));
        }
        if (q.partyKind() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("partyKind"), q.partyKind()));
        }
        if (q.number() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("number"), q.number()));
        }
        if (q.partyId() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("partyId"), q.partyId()));
        }
        Page<AccountViewEntity> page = accounts.findAll(spec, PageRequest.of(q.page(), q.size(), Sort.by("number", "id")));
        return new BalancesViews.AccountList(new PageView<>(withBankDetails(page.map(BalancesQueryHandler::toView).getContent()),
                q.page(), q.size(), page.getTotalElements()));
    }

    @QueryHandler
    public Optional<AccountView> handle(BalancesQueries.FindAccount q) {
        return accounts.findById(q.accountId()).map(BalancesQueryHandler::toView)
                .map(a -> withBankDetails(List.of(a)).get(0));
    }

    @QueryHandler
    public Optional<BalancesViews.EntryList> handle(BalancesQueries.FindEntries q) {
        Optional<AccountViewEntity> account = accounts.findById(q.accountId());
        if (account.isEmpty()) {
            return Optional.empty();
        }
        String currency = account.get().currency();
        Specification<LedgerEntryEntity> spec = (root, query, cb) -> cb.equal(root.get("accountId"), q.accountId());
        if (q.from() != null) {
            spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("recordedAt"), q.from()));
        }
        if (q.to() != null) {
            spec = spec.and((root, query, cb) -> cb.lessThanOrEqualTo(root.get("recordedAt"), q.to()));
        }
        Page<LedgerEntryEntity> page = entries.findAll(spec,
                PageRequest.of(q.page(), q.size(), Sort.by("accountSequence")));
        List<LedgerEntryView> items = page.getContent().stream()
                .map(e -> new LedgerEntryView(e.transactionId(), e.side().name(), new Money(e.amount(), currency),
                        new Money(e.balanceAfter(), currency), e.reference(), e.recordedAt()))
                .toList();
        return Optional.of(new BalancesViews.EntryList(new PageView<>(items, q.page(), q.size(), page.getTotalElements())));
    }

    @QueryHandler
    public Optional<TransactionView> handle(BalancesQueries.FindTransaction q) {
        return transactions.findById(q.transactionId()).map(t -> new TransactionView(t.id(), t.kind(),
                t.documentNumber(), t.documentDate(), t.debitAccountId(), t.creditAccountId(),
                new Money(t.amount(), t.currency()), t.reference(), t.valueDate(), t.status().name(), t.reason(),
                t.reversalOf(), t.reversedBy(), t.recordedAt(), legs(t.id())));
    }

    @QueryHandler
    public BalancesReport handle(BalancesQueries.GetBalances q) {
        if (q.asOf() == null) {
            return new BalancesReport(null, accounts.findAll(Sort.by("number", "id")).stream()
                    .map(a -> new AccountBalance(a.id(), a.number(), a.name(), a.type(), status(a),
                            new Money(a.balance(), a.currency())))
                    .toList());
        }
        // As it stood then: the accounts opened by that instant, each with the balance after its
        // last posting up to that instant (the ledger entries are one row per posted leg event).
        java.sql.Timestamp at = java.sql.Timestamp.from(q.asOf());
        return new BalancesReport(q.asOf(), jdbc.query("""
                select a.id, a.number, a.name, a.type, a.currency, a.closed_at,
                       coalesce((select e.balance_after from ledger_entry e
                                 where e.account_id = a.id and e.recorded_at <= ?
                                 order by e.account_sequence desc limit 1), 0) as balance
                from account_view a where a.opened_at <= ? order by a.number, a.id""", (rs, i) -> {
            java.sql.Timestamp closed = rs.getTimestamp("closed_at");
            return new AccountBalance(rs.getObject("id", java.util.UUID.class), rs.getString("number"),
                    rs.getString("name"), org.backoffice.events.accounting.AccountType.valueOf(rs.getString("type")),
                    closed != null && !closed.after(at) ? "CLOSED" : "OPEN",
                    new Money(rs.getBigDecimal("balance"), rs.getString("currency")));
        }, at, at));
    }

    /** The company bank accounts' IBAN and BIC, in one query for the whole list. */
    private List<AccountView> withBankDetails(List<AccountView> views) {
        if (views.isEmpty()) {
            return views;
        }
        java.util.Map<java.util.UUID, org.backoffice.events.accounting.BankDetails> details = new java.util.HashMap<>();
        jdbc.query("select account_id, iban, bic from bank_details_view where account_id = any(?)", ps -> ps.setArray(1,
                ps.getConnection().createArrayOf("uuid", views.stream().map(AccountView::id).toArray())), rs -> {
            details.put(rs.getObject(1, java.util.UUID.class),
                    new org.backoffice.events.accounting.BankDetails(rs.getString(2), rs.getString(3)));
        });
        return views.stream().map(v -> details.containsKey(v.id()) ? v.withBankDetails(details.get(v.id())) : v).toList();
    }

    private List<BalancesViews.LegView> legs(java.util.UUID transactionId) {
        return jdbc.query("""
                select account_id, side, amount, currency, tax_code, tax_role from transaction_leg
                where transaction_id = ? order by position""", (rs, i) -> new BalancesViews.LegView(
                rs.getObject("account_id", java.util.UUID.class),
                org.backoffice.events.accounting.EntrySide.valueOf(rs.getString("side")),
                new Money(rs.getBigDecimal("amount"), rs.getString("currency")), rs.getString("tax_code"),
                rs.getString("tax_role") == null ? null
                        : org.backoffice.events.accounting.TaxRole.valueOf(rs.getString("tax_role"))), transactionId);
    }

    private static String status(AccountViewEntity a) {
        return a.closed() ? "CLOSED" : "OPEN";
    }

    private static AccountView toView(AccountViewEntity a) {
        PartyView party = a.partyKind() == null ? null : new PartyView(a.partyKind(), a.partyId(), a.partyName());
        return new AccountView(a.id(), a.number(), a.name(), a.type(), a.currency(),
                new Money(a.balance(), a.currency()), new Money(a.overdraftLimit(), a.currency()), party,
                status(a), a.openedAt(), a.closedAt(), a.groupCode(), null);
    }
}
