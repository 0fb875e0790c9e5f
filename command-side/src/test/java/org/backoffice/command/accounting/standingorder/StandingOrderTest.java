package org.backoffice.command.accounting.standingorder;

import org.backoffice.command.accounting.ledger.PostTransactionCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.backoffice.command.accounting.standingorder.StandingOrderCommands.CancelStandingOrderCommand;
import org.backoffice.command.common.CommandRejectedException;
import org.backoffice.events.accounting.StandingOrderCancelledEvent;
import org.backoffice.events.accounting.StandingOrderCreatedEvent;
import org.backoffice.events.accounting.StandingOrderExecutedEvent;
import org.backoffice.events.accounting.TransactionKind;
import org.backoffice.events.common.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class StandingOrderTest {

    private static final UUID ID = UUID.randomUUID();
    private static final UUID SUPPLIER = UUID.randomUUID();
    private static final UUID BANK = UUID.randomUUID();
    private static final StandingOrderCreatedEvent CREATED = new StandingOrderCreatedEvent(ID, SUPPLIER, BANK,
            Money.of("400.00", "EUR"), 31, YearMonth.of(2026, 1), YearMonth.of(2026, 6), "Rent");

    private static StandingOrder order(Object... events) {
        StandingOrder order = new StandingOrder();
        for (Object e : events) {
            if (e instanceof StandingOrderCreatedEvent c) {
                order.on(c);
            } else if (e instanceof StandingOrderExecutedEvent x) {
                order.on(x);
            } else {
                order.on((StandingOrderCancelledEvent) e);
            }
        }
        return order;
    }

    @Test
    void cancellingStopsTheOrderAndCancellingAgainIsAConflict() {
        AggregateTestFixture<StandingOrder> fixture = new AggregateTestFixture<>(StandingOrder.class);
        fixture.given(CREATED).when(new CancelStandingOrderCommand(ID)).expectEvents(new StandingOrderCancelledEvent(ID));
        fixture.given(CREATED, new StandingOrderCancelledEvent(ID)).when(new CancelStandingOrderCommand(ID))
                .expectException(CommandRejectedException.class);
    }

    @Test
    void aMonthIsDueFromItsDayWithinTheRangeOnceAndNotAfterACancellation() {
        StandingOrder order = order(CREATED);
        YearMonth feb = YearMonth.of(2026, 2);
        assertThat(order.isDue(feb, LocalDate.of(2026, 2, 27))).as("the 31st is the 28th in February").isFalse();
        assertThat(order.isDue(feb, LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(order.isDue(YearMonth.of(2025, 12), LocalDate.of(2026, 2, 28))).as("before the start").isFalse();
        assertThat(order.isDue(YearMonth.of(2026, 7), LocalDate.of(2026, 8, 1))).as("after the end").isFalse();
        UUID tx = StandingOrderCommands.paymentIdOf(ID, feb);
        assertThat(order(CREATED, new StandingOrderExecutedEvent(ID, feb, tx, "COMPLETED", null))
                .isDue(feb, LocalDate.of(2026, 3, 1))).as("paid already").isFalse();
        assertThat(order(CREATED, new StandingOrderCancelledEvent(ID)).isDue(feb, LocalDate.of(2026, 3, 1))).isFalse();
    }

    @Test
    void aMonthsPaymentIsASupplierPaymentWithAnIdOfItsOwn() {
        PostTransactionCommand payment = order(CREATED).payment(YearMonth.of(2026, 2));
        assertThat(payment.kind()).isEqualTo(TransactionKind.SUPPLIER_PAYMENT);
        assertThat(payment.debitAccountId()).isEqualTo(SUPPLIER);
        assertThat(payment.creditAccountId()).isEqualTo(BANK);
        assertThat(payment.valueDate()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(payment.transactionId()).isEqualTo(StandingOrderCommands.paymentIdOf(ID, YearMonth.of(2026, 2)))
                .isNotEqualTo(StandingOrderCommands.paymentIdOf(ID, YearMonth.of(2026, 3)));
    }
}
