package org.backoffice.query.accounting.ledger;

import org.backoffice.events.accounting.AccountOpenedEvent;
import org.backoffice.events.accounting.AccountType;
import org.backoffice.events.common.Money;
import org.backoffice.query.ReadModelDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The balances read model's batches on the real tables: a batch of events becomes balances and
 * ledger entries with the balance after each; and because a processor may deliver a batch again
 * (after a failure, on another instance, in a replay), what a batch already wrote is never
 * counted twice.
 */
class BalancesBatchTest {

    private static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void database() {
        jdbc = ReadModelDatabase.fresh("balances_batch");
    }

    private static AccountOpenedEvent opened(UUID id, AccountType type) {
        return new AccountOpenedEvent(id, "N-" + id.toString().substring(0, 6), "Account", type, "EUR",
                Money.zero("EUR"), null, null);
    }

    private static void inOneBatch(Consumer<BalancesBatch> events) {
        BalancesBatch batch = new BalancesBatch(jdbc);
        events.accept(batch);
        batch.flush();
    }

    private static BigDecimal balance(UUID account) {
        return jdbc.queryForObject("select balance from account_view where id = ?", BigDecimal.class, account);
    }

    private static List<BigDecimal> balancesAfter(UUID account) {
        return jdbc.queryForList("select balance_after from ledger_entry where account_id = ? order by account_sequence",
                BigDecimal.class, account);
    }

    @Test
    void aBatchBecomesBalancesAndEntriesWithTheBalanceAfterEach() {
        UUID bank = UUID.randomUUID();
        UUID sales = UUID.randomUUID();
        inOneBatch(b -> {
            b.open(opened(bank, AccountType.ASSET), 0, AT);
            b.open(opened(sales, AccountType.REVENUE), 0, AT);
            b.leg(bank, UUID.randomUUID(), true, new BigDecimal("100.00"), "sale 1", 1, AT);
            b.leg(sales, UUID.randomUUID(), false, new BigDecimal("100.00"), "sale 1", 1, AT);
            b.leg(bank, UUID.randomUUID(), false, new BigDecimal("30.00"), "refund", 2, AT);
        });
        assertThat(balance(bank)).isEqualByComparingTo("70.00");
        assertThat(balance(sales)).as("credit-normal: a credit raises it").isEqualByComparingTo("100.00");
        assertThat(balancesAfter(bank)).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("100.00"), new BigDecimal("70.00"));
    }

    @Test
    void aBatchDeliveredAgainCountsNothingTwice() {
        UUID bank = UUID.randomUUID();
        UUID deposit = UUID.randomUUID();
        UUID withdrawal = UUID.randomUUID();
        Consumer<BalancesBatch> firstTwo = b -> {
            b.open(opened(bank, AccountType.ASSET), 0, AT);
            b.leg(bank, deposit, true, new BigDecimal("500.00"), "deposit", 1, AT);
        };
        inOneBatch(firstTwo);
        inOneBatch(firstTwo);
        assertThat(balance(bank)).isEqualByComparingTo("500.00");
        // Again, together with one new event: the new one counts, the old ones do not.
        inOneBatch(firstTwo.andThen(b -> b.leg(bank, withdrawal, false, new BigDecimal("120.00"), "rent", 2, AT)));
        assertThat(balance(bank)).isEqualByComparingTo("380.00");
        assertThat(balancesAfter(bank)).hasSize(2);
        assertThat(jdbc.queryForObject("select last_sequence from account_view where id = ?", Long.class, bank)).isEqualTo(2L);
    }

    @Test
    void aClosedAccountStaysClosedWhenItsCloseIsDeliveredAgain() {
        UUID account = UUID.randomUUID();
        Instant closedAt = AT.plusSeconds(60);
        inOneBatch(b -> {
            b.open(opened(account, AccountType.EXPENSE), 0, AT);
            b.close(account, 1, closedAt);
        });
        inOneBatch(b -> b.close(account, 1, closedAt.plusSeconds(3600)));
        assertThat(jdbc.queryForObject("select closed from account_view where id = ?", Boolean.class, account)).isTrue();
        assertThat(jdbc.queryForObject("select closed_at from account_view where id = ?", java.sql.Timestamp.class, account)
                .toInstant()).as("the first close's moment stays").isEqualTo(closedAt);
    }
}
