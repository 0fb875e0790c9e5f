package org.backoffice.query.accounting.reports;

import org.backoffice.events.accounting.EntryLeg;
import org.backoffice.events.accounting.EntrySide;
import org.backoffice.events.accounting.TaxRole;
import org.backoffice.events.accounting.TransactionKind;
import org.backoffice.events.accounting.TransactionPostedEvent;
import org.backoffice.events.common.Money;
import org.backoffice.query.ReadModelDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The day totals the statements and the VAT return read, on the real tables: each entry adds its
 * legs to its accounts' booking day and its taxed legs to their code's, and an entry delivered
 * again (a batch replayed after a failure) is not counted twice.
 */
class StatementsBatchTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 3);
    private static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void database() {
        jdbc = ReadModelDatabase.fresh("statements_batch");
    }

    private static TransactionPostedEvent invoice(UUID id, UUID receivable, UUID revenue, UUID vat) {
        return new TransactionPostedEvent(id, TransactionKind.JOURNAL_ENTRY, null, DAY, DAY, "invoice", List.of(
                EntryLeg.debit(receivable, Money.of("119.00", "EUR")),
                new EntryLeg(revenue, EntrySide.CREDIT, Money.of("100.00", "EUR"), "T19", TaxRole.BASE),
                new EntryLeg(vat, EntrySide.CREDIT, Money.of("19.00", "EUR"), "T19", TaxRole.OUTPUT_TAX)), null);
    }

    private static void inOneBatch(TransactionPostedEvent... events) {
        StatementsProjection.Batch batch = new StatementsProjection.Batch(jdbc);
        for (TransactionPostedEvent e : events) {
            batch.add(e, AT);
        }
        batch.flush();
    }

    private static BigDecimal debits(UUID account) {
        return jdbc.queryForObject("select coalesce(sum(debit), 0) from account_day_total where account_id = ?",
                BigDecimal.class, account);
    }

    private static BigDecimal taxCredits(String role) {
        return jdbc.queryForObject("select coalesce(sum(credit), 0) from vat_day_total where tax_code = 'T19' and tax_role = ?",
                BigDecimal.class, role);
    }

    @Test
    void anEntryCountsOnceOnItsBookingDayAndAgainDeliveredNotAtAll() {
        UUID receivable = UUID.randomUUID();
        UUID revenue = UUID.randomUUID();
        UUID vat = UUID.randomUUID();
        TransactionPostedEvent first = invoice(UUID.randomUUID(), receivable, revenue, vat);
        TransactionPostedEvent second = invoice(UUID.randomUUID(), receivable, revenue, vat);

        inOneBatch(first, first);
        inOneBatch(first, second);

        assertThat(debits(receivable)).isEqualByComparingTo("238.00");
        assertThat(jdbc.queryForObject("select count(*) from account_day_total where account_id = ? and booking_date = ?",
                Long.class, receivable, DAY)).isEqualTo(1L);
        assertThat(taxCredits("BASE")).isEqualByComparingTo("200.00");
        assertThat(taxCredits("OUTPUT_TAX")).isEqualByComparingTo("38.00");
        assertThat(jdbc.queryForObject("select distinct recorded_on from vat_day_total where tax_code = 'T19'",
                LocalDate.class)).isEqualTo(LocalDate.of(2026, 11, 30));
    }
}
