package org.backoffice.query.accounting.ledger;

import org.backoffice.events.accounting.AccountOpenedEvent;
import org.backoffice.events.accounting.AccountType;
import org.backoffice.events.accounting.EntryLeg;
import org.backoffice.events.accounting.EntrySide;
import org.backoffice.events.accounting.TransactionKind;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What one batch of events changes in the balances read model, collected in event order and
 * written at once by {@link #flush()} (see {@link BalancesProjection}).
 */
final class BalancesBatch {

    record TransactionRow(UUID id, TransactionKind kind, String documentNumber, LocalDate documentDate,
                          List<EntryLeg> legs, String reference, LocalDate valueDate,
                          TransactionViewEntity.Status status, String reason, UUID reversalOf, UUID reversedBy,
                          Instant recordedAt, long lastSequence) {

        TransactionRow reversed(UUID by, String why, long sequence) {
            return new TransactionRow(id, kind, documentNumber, documentDate, legs, reference, valueDate,
                    TransactionViewEntity.Status.REVERSED, why, reversalOf, by, recordedAt, sequence);
        }

        /** The account of the only leg on this side, when there is one such leg. */
        UUID onlyAccount(EntrySide side) {
            List<EntryLeg> onSide = legs.stream().filter(l -> l.side() == side).toList();
            return onSide.size() == 1 ? onSide.get(0).accountId() : null;
        }

        BigDecimal debitTotal() {
            return legs.stream().filter(l -> l.side() == EntrySide.DEBIT).map(l -> l.amount().amount())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        String currency() {
            return legs.get(0).amount().currency();
        }
    }

    private record Reversal(UUID transactionId, UUID by, String why, long sequence) {
    }

    private sealed interface Change permits Open, Leg, Close {
        UUID accountId();
    }

    private record Open(AccountOpenedEvent event, long sequence, Instant at) implements Change {
        public UUID accountId() {
            return event.accountId();
        }
    }

    private record Leg(UUID accountId, UUID transactionId, boolean debit, BigDecimal amount, String reference,
                       long sequence, Instant at) implements Change {
    }

    private record Close(UUID accountId, long sequence, Instant at) implements Change {
    }

    /** An account_view row while the batch applies its changes. */
    private static final class Account {
        final UUID id;
        final String number;
        final String name;
        final AccountType type;
        final String currency;
        final BigDecimal overdraftLimit;
        final String partyKind;
        final UUID partyId;
        final String partyName;
        /** Only known (and only written) when the account is opened in this batch. */
        String groupCode;
        final Instant openedAt;
        BigDecimal balance;
        BigDecimal debitTotal;
        BigDecimal creditTotal;
        boolean closed;
        Instant closedAt;
        long lastSequence;

        Account(UUID id, String number, String name, AccountType type, String currency, BigDecimal overdraftLimit,
                String partyKind, UUID partyId, String partyName, Instant openedAt, BigDecimal balance,
                BigDecimal debitTotal, BigDecimal creditTotal, boolean closed, Instant closedAt, long lastSequence) {
            this.id = id;
            this.number = number;
            this.name = name;
            this.type = type;
            this.currency = currency;
            this.overdraftLimit = overdraftLimit;
            this.partyKind = partyKind;
            this.partyId = partyId;
            this.partyName = partyName;
            this.openedAt = openedAt;
            this.balance = balance;
            this.debitTotal = debitTotal;
            this.creditTotal = creditTotal;
            this.closed = closed;
            this.closedAt = closedAt;
            this.lastSequence = lastSequence;
        }

        static Account opened(AccountOpenedEvent e, long sequence, Instant at) {
            var party = e.party();
            Account a = new Account(e.accountId(), e.number(), e.name(), e.type(), e.currency(), e.overdraftLimit().amount(),
                    party == null ? null : party.kind().name(), party == null ? null : party.id(),
                    party == null ? null : party.name(), at, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                    false, null, sequence);
            a.groupCode = e.group();
            return a;
        }


        /** Applies one leg unless it was applied before; answers whether it was new. */
        boolean post(boolean debit, BigDecimal amount, long sequence) {
            if (sequence <= lastSequence) {
                return false;
            }
            lastSequence = sequence;
            if (debit) {
                debitTotal = debitTotal.add(amount);
            } else {
                creditTotal = creditTotal.add(amount);
            }
            // The balance is signed by the account's normal side.
            balance = debit == type.isDebitNormal() ? balance.add(amount) : balance.subtract(amount);
            return true;
        }

        boolean close(long sequence, Instant at) {
            if (sequence <= lastSequence) {
                return false;
            }
            lastSequence = sequence;
            closed = true;
            closedAt = at;
            return true;
        }
    }

    private final JdbcTemplate jdbc;
    private final List<Change> changes = new ArrayList<>();
    private final Set<UUID> accountIds = new LinkedHashSet<>();
    private final Map<UUID, TransactionRow> transactions = new LinkedHashMap<>();
    private final Map<UUID, Reversal> reversals = new LinkedHashMap<>();

    BalancesBatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void open(AccountOpenedEvent event, long sequence, Instant at) {
        changes.add(new Open(event, sequence, at));
        accountIds.add(event.accountId());
    }

    void leg(UUID accountId, UUID transactionId, boolean debit, BigDecimal amount, String reference, long sequence,
             Instant at) {
        changes.add(new Leg(accountId, transactionId, debit, amount, reference, sequence, at));
        accountIds.add(accountId);
    }

    void close(UUID accountId, long sequence, Instant at) {
        changes.add(new Close(accountId, sequence, at));
        accountIds.add(accountId);
    }

    void transaction(TransactionRow row) {
        transactions.putIfAbsent(row.id(), row);
    }

    void reversed(UUID transactionId, UUID by, String why, long sequence) {
        TransactionRow row = transactions.get(transactionId);
        if (row != null) {
            if (sequence > row.lastSequence()) {
                transactions.put(transactionId, row.reversed(by, why, sequence));
            }
        } else {
            reversals.put(transactionId, new Reversal(transactionId, by, why, sequence));
        }
    }

    void flush() {
        Map<UUID, Account> accounts = load(accountIds);
        Set<UUID> inserted = new LinkedHashSet<>();
        Set<UUID> updated = new LinkedHashSet<>();
        List<Object[]> entries = new ArrayList<>();
        for (Change change : changes) {
            if (change instanceof Open open) {
                if (!accounts.containsKey(open.accountId())) {
                    accounts.put(open.accountId(), Account.opened(open.event(), open.sequence(), open.at()));
                    inserted.add(open.accountId());
                }
            } else if (change instanceof Leg leg) {
                Account account = existing(accounts, leg.accountId());
                if (account.post(leg.debit(), leg.amount(), leg.sequence())) {
                    entries.add(new Object[] {leg.accountId(), leg.transactionId(), leg.sequence(),
                            leg.debit() ? "DEBIT" : "CREDIT", leg.amount(), account.balance, leg.reference(),
                            Timestamp.from(leg.at())});
                    updated.add(leg.accountId());
                }
            } else if (change instanceof Close close) {
                if (existing(accounts, close.accountId()).close(close.sequence(), close.at())) {
                    updated.add(close.accountId());
                }
            }
        }
        updated.removeAll(inserted);
        write(accounts, inserted, updated, entries);
    }

    private static Account existing(Map<UUID, Account> accounts, UUID id) {
        Account account = accounts.get(id);
        if (account == null) {
            throw new IllegalStateException("an event of account " + id + " before it was opened");
        }
        return account;
    }

    private Map<UUID, Account> load(Set<UUID> ids) {
        Map<UUID, Account> accounts = new HashMap<>();
        if (ids.isEmpty()) {
            return accounts;
        }
        jdbc.query("""
                select id, number, name, type, currency, overdraft_limit, party_kind, party_id, party_name, opened_at,
                       balance, debit_total, credit_total, closed, closed_at, last_sequence
                from account_view where id = any(?)""", ps -> ps.setArray(1,
                ps.getConnection().createArrayOf("uuid", ids.toArray())), rs -> {
            Timestamp closedAt = rs.getTimestamp("closed_at");
            Account a = new Account(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("name"),
                    AccountType.valueOf(rs.getString("type")), rs.getString("currency"),
                    rs.getBigDecimal("overdraft_limit"), rs.getString("party_kind"),
                    rs.getObject("party_id", UUID.class), rs.getString("party_name"),
                    rs.getTimestamp("opened_at").toInstant(), rs.getBigDecimal("balance"),
                    rs.getBigDecimal("debit_total"), rs.getBigDecimal("credit_total"), rs.getBoolean("closed"),
                    closedAt == null ? null : closedAt.toInstant(), rs.getLong("last_sequence"));
            accounts.put(a.id, a);
        });
        return accounts;
    }

    private void write(Map<UUID, Account> accounts, Set<UUID> inserted, Set<UUID> updated, List<Object[]> entries) {
        if (!inserted.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into account_view (id, number, name, type, currency, overdraft_limit, party_kind, party_id,
                        party_name, opened_at, balance, debit_total, credit_total, closed, closed_at, last_sequence,
                        group_code)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (id) do nothing""", inserted.stream().map(accounts::get).map(a -> new Object[] {
                    a.id, a.number, a.name, a.type.name(), a.currency, a.overdraftLimit, a.partyKind, a.partyId,
                    a.partyName, Timestamp.from(a.openedAt), a.balance, a.debitTotal, a.creditTotal, a.closed,
                    a.closedAt == null ? null : Timestamp.from(a.closedAt), a.lastSequence, a.groupCode}).toList());
        }
        if (!updated.isEmpty()) {
            jdbc.batchUpdate("""
                    update account_view set balance = ?, debit_total = ?, credit_total = ?, closed = ?, closed_at = ?,
                        last_sequence = ?
                    where id = ? and last_sequence < ?""", updated.stream().map(accounts::get).map(a -> new Object[] {
                    a.balance, a.debitTotal, a.creditTotal, a.closed,
                    a.closedAt == null ? null : Timestamp.from(a.closedAt), a.lastSequence, a.id, a.lastSequence}).toList());
        }
        if (!entries.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into ledger_entry (account_id, transaction_id, account_sequence, side, amount, balance_after,
                        reference, recorded_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (account_id, account_sequence) do nothing""", entries);
        }
        if (!transactions.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into transaction_view (id, kind, document_number, document_date, debit_account_id,
                        credit_account_id, amount, currency, reference, value_date, status, reason, reversal_of,
                        reversed_by, recorded_at, last_sequence)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (id) do nothing""", transactions.values().stream().map(t -> new Object[] {
                    t.id(), t.kind().name(), t.documentNumber(), t.documentDate(), t.onlyAccount(EntrySide.DEBIT),
                    t.onlyAccount(EntrySide.CREDIT), t.debitTotal(), t.currency(), t.reference(), t.valueDate(),
                    t.status().name(), t.reason(), t.reversalOf(), t.reversedBy(), Timestamp.from(t.recordedAt()),
                    t.lastSequence()}).toList());
            List<Object[]> legs = new ArrayList<>();
            for (TransactionRow t : transactions.values()) {
                for (int i = 0; i < t.legs().size(); i++) {
                    EntryLeg leg = t.legs().get(i);
                    legs.add(new Object[] {t.id(), i, leg.accountId(), leg.side().name(), leg.amount().amount(),
                            leg.amount().currency(), leg.taxCode(), leg.taxRole() == null ? null : leg.taxRole().name()});
                }
            }
            jdbc.batchUpdate("""
                    insert into transaction_leg (transaction_id, position, account_id, side, amount, currency, tax_code,
                        tax_role)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (transaction_id, position) do nothing""", legs);
        }
        if (!reversals.isEmpty()) {
            jdbc.batchUpdate("""
                    update transaction_view set status = 'REVERSED', reversed_by = ?, reason = ?, last_sequence = ?
                    where id = ? and last_sequence < ?""", reversals.values().stream().map(r -> new Object[] {
                    r.by(), r.why(), r.sequence(), r.transactionId(), r.sequence()}).toList());
        }
    }
}
