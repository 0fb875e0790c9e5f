package org.backoffice.query.accounting.reports;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.backoffice.events.accounting.EntryLeg;
import org.backoffice.events.accounting.EntrySide;
import org.backoffice.events.accounting.TransactionPostedEvent;
import org.backoffice.query.accounting.ledger.BalancesProjection;
import org.backoffice.query.common.BatchPerUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The totals the statements and the VAT return are read from, kept as the entries are posted so
 * that no report folds the ledger at request time: per account and booking day the debits and
 * credits; per tax code, tax role, booking day and day recorded the debits and credits of the
 * taxed and tax lines. Part of the balances read model (its token, its replay). Like
 * BalancesProjection it collects a batch of events and writes it with a few statements before the
 * batch commits; an entry already counted (a batch delivered twice) is recognised by its id in
 * statement_posting and not counted again.
 */
@Component
@ProcessingGroup(BalancesProjection.NAME)
public class StatementsProjection {

    private final JdbcTemplate jdbc;

    StatementsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Posted(TransactionPostedEvent event, Instant at) {
    }

    private record AccountDay(UUID account, LocalDate day) {
    }

    private record TaxDay(String code, String role, LocalDate day, LocalDate recordedOn) {
    }

    private static final class Totals {
        BigDecimal debit = BigDecimal.ZERO;
        BigDecimal credit = BigDecimal.ZERO;

        void add(EntryLeg leg) {
            if (leg.side() == EntrySide.DEBIT) {
                debit = debit.add(leg.amount().amount());
            } else {
                credit = credit.add(leg.amount().amount());
            }
        }
    }

    /** One batch's entries, written by {@link #flush()}; an entry counted before is skipped. */
    static final class Batch {
        private final JdbcTemplate jdbc;
        private final List<Posted> posted = new ArrayList<>();

        Batch(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        void add(TransactionPostedEvent event, Instant at) {
            posted.add(new Posted(event, at));
        }

        void flush() {
            if (posted.isEmpty()) {
                return;
            }
            Set<UUID> fresh = new HashSet<>(jdbc.query("""
                    insert into statement_posting (transaction_id) select unnest(?::uuid[])
                    on conflict do nothing returning transaction_id""", ps -> ps.setArray(1, ps.getConnection()
                    .createArrayOf("uuid", posted.stream().map(p -> p.event().transactionId()).toArray())),
                    (rs, i) -> rs.getObject(1, UUID.class)));
            Map<AccountDay, Totals> accounts = new LinkedHashMap<>();
            Map<TaxDay, Totals> taxes = new LinkedHashMap<>();
            for (Posted p : posted) {
                if (!fresh.remove(p.event().transactionId())) {
                    continue; // counted before (or twice in this batch)
                }
                LocalDate day = p.event().bookingDate();
                LocalDate recordedOn = p.at().atZone(ZoneOffset.UTC).toLocalDate();
                for (EntryLeg leg : p.event().legs()) {
                    accounts.computeIfAbsent(new AccountDay(leg.accountId(), day), k -> new Totals()).add(leg);
                    if (leg.taxCode() != null) {
                        taxes.computeIfAbsent(new TaxDay(leg.taxCode(), leg.taxRole().name(), day, recordedOn),
                                k -> new Totals()).add(leg);
                    }
                }
            }
            jdbc.batchUpdate("""
                    insert into account_day_total (account_id, booking_date, debit, credit) values (?, ?, ?, ?)
                    on conflict (account_id, booking_date) do update set debit = account_day_total.debit + excluded.debit,
                        credit = account_day_total.credit + excluded.credit""", accounts.entrySet().stream()
                    .map(e -> new Object[] {e.getKey().account(), e.getKey().day(), e.getValue().debit, e.getValue().credit})
                    .toList());
            jdbc.batchUpdate("""
                    insert into vat_day_total (tax_code, tax_role, booking_date, recorded_on, debit, credit)
                    values (?, ?, ?, ?, ?, ?)
                    on conflict (tax_code, tax_role, booking_date, recorded_on) do update
                        set debit = vat_day_total.debit + excluded.debit, credit = vat_day_total.credit + excluded.credit""",
                    taxes.entrySet().stream().map(e -> new Object[] {e.getKey().code(), e.getKey().role(), e.getKey().day(),
                            e.getKey().recordedOn(), e.getValue().debit, e.getValue().credit}).toList());
        }
    }

    private Batch batch() {
        return BatchPerUnitOfWork.current(Batch.class, () -> new Batch(jdbc), Batch::flush);
    }

    @EventHandler
    void on(TransactionPostedEvent e, @Timestamp Instant at) {
        batch().add(e, at);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from statement_posting");
        jdbc.update("delete from account_day_total");
        jdbc.update("delete from vat_day_total");
    }
}
