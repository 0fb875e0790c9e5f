package org.backoffice.command.accounting.standingorder;

import org.backoffice.command.accounting.ledger.Account;
import org.backoffice.command.accounting.ledger.AccountNumberRegistry;
import org.backoffice.command.accounting.ledger.LedgerTransaction;
import org.backoffice.command.accounting.ledger.OpenAccountCommand;
import org.backoffice.command.accounting.ledger.TransactionOutcome;
import org.backoffice.command.accounting.ledger.TransactionPostingHandler;
import org.backoffice.command.accounting.standingorder.StandingOrderCommands.CreateStandingOrderCommand;
import org.backoffice.command.accounting.standingorder.StandingOrderCommands.ExecuteStandingOrderCommand;
import org.backoffice.command.common.CommandRejectedException;
import org.backoffice.command.common.InMemoryAxon;
import org.backoffice.command.common.InvalidRequestException;
import org.backoffice.events.accounting.AccountType;
import org.backoffice.events.accounting.Party;
import org.backoffice.events.accounting.PartyKind;
import org.backoffice.events.accounting.StandingOrderCreatedEvent;
import org.backoffice.events.accounting.StandingOrderExecutedEvent;
import org.backoffice.events.common.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Creating and executing a standing order, the step that spans the order and two accounts. */
class StandingOrderStepsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private InMemoryAxon axon;
    private UUID bank;
    private UUID supplier;
    private UUID expense;

    @BeforeEach
    void setUp() {
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        axon = InMemoryAxon.with(Account.class, LedgerTransaction.class, StandingOrder.class)
                .component(AccountNumberRegistry.class, number -> Optional.empty())
                .component(Clock.class, clock)
                .handler(c -> new StandingOrderHandler(c.repository(StandingOrder.class), c.repository(Account.class),
                        new TransactionPostingHandler(c.repository(Account.class), c.repository(LedgerTransaction.class),
                        new org.backoffice.command.accounting.ledger.InMemoryDocumentNumbers(),
                        new org.backoffice.command.accounting.ledger.InMemoryTaxRates()),
                        clock))
                .start();
        bank = open("1000", AccountType.ASSET, "1000", null);
        supplier = open("1600", AccountType.LIABILITY, "0", new Party(PartyKind.SUPPLIER, UUID.randomUUID(), "Landlord"));
        expense = open("6000", AccountType.EXPENSE, "0", null);
    }

    @AfterEach
    void tearDown() {
        axon.close();
    }

    private UUID open(String number, AccountType type, String overdraft, Party party) {
        UUID id = UUID.randomUUID();
        axon.commands().sendAndWait(new OpenAccountCommand(id, number, number, type, "EUR", new BigDecimal(overdraft), party));
        return id;
    }

    private CreateStandingOrderCommand order(UUID id, UUID debit, UUID credit, YearMonth start, YearMonth end) {
        return new CreateStandingOrderCommand(id, debit, credit, Money.of("400.00", "EUR"), 5, start, end, "Rent");
    }

    private static CommandRejectedException.Reason reason(Throwable e) {
        return ((CommandRejectedException) e).reason();
    }

    @Test
    void anOrderIsCreatedOnceAndTheSameIdWithOtherDetailsIsAConflict() {
        UUID id = UUID.randomUUID();
        CreateStandingOrderCommand create = order(id, supplier, bank, YearMonth.of(2026, 3), null);
        axon.commands().sendAndWait(create);
        axon.commands().sendAndWait(create);
        assertThat(axon.eventsOf(id)).hasSize(1).first().isInstanceOf(StandingOrderCreatedEvent.class);
        assertThatThrownBy(() -> axon.commands().sendAndWait(order(id, supplier, bank, YearMonth.of(2026, 4), null)))
                .satisfies(e -> assertThat(reason(e)).isEqualTo(CommandRejectedException.Reason.CONFLICT));
        assertThat(axon.eventsOf(id)).hasSize(1);
    }

    @Test
    void aMonthGoneByIsAnInvalidStartMonthAndAnEndBeforeTheStartBreaksARule() {
        UUID past = UUID.randomUUID();
        assertThatThrownBy(() -> axon.commands().sendAndWait(order(past, supplier, bank, YearMonth.of(2026, 2), null)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("startMonth"));
        UUID backwards = UUID.randomUUID();
        assertThatThrownBy(() -> axon.commands().sendAndWait(order(backwards, supplier, bank, YearMonth.of(2026, 5),
                YearMonth.of(2026, 4))))
                .satisfies(e -> assertThat(reason(e)).isEqualTo(CommandRejectedException.Reason.RULE_VIOLATED));
        assertThat(axon.eventsOf(past)).isEmpty();
        assertThat(axon.eventsOf(backwards)).isEmpty();
    }

    @Test
    void itsAccountsMustExistAndBeAbleToPayASupplier() {
        UUID misfit = UUID.randomUUID();
        assertThatThrownBy(() -> axon.commands().sendAndWait(order(misfit, expense, bank, YearMonth.of(2026, 3), null)))
                .satisfies(e -> assertThat(reason(e)).isEqualTo(CommandRejectedException.Reason.RULE_VIOLATED))
                .hasMessageContaining("cannot pay a supplier");
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> axon.commands().sendAndWait(order(unknown, supplier, UUID.randomUUID(),
                YearMonth.of(2026, 3), null)))
                .satisfies(e -> assertThat(reason(e)).isEqualTo(CommandRejectedException.Reason.RULE_VIOLATED))
                .hasMessageContaining("bank account");
        assertThat(axon.eventsOf(misfit)).isEmpty();
        assertThat(axon.eventsOf(unknown)).isEmpty();
    }

    @Test
    void aDueMonthIsPaidOnceWithThePaymentAndTheMonthRecordedTogether() {
        UUID id = UUID.randomUUID();
        axon.commands().sendAndWait(order(id, supplier, bank, YearMonth.of(2026, 3), null));
        TransactionOutcome paid = axon.commands().sendAndWait(new ExecuteStandingOrderCommand(id, YearMonth.of(2026, 3)));
        assertThat(paid.status()).isEqualTo(TransactionOutcome.Status.COMPLETED);
        assertThat(paid.transactionId()).isEqualTo(StandingOrderCommands.paymentIdOf(id, YearMonth.of(2026, 3)));
        assertThat((Object) axon.commands().sendAndWait(new ExecuteStandingOrderCommand(id, YearMonth.of(2026, 3))))
                .as("the month is paid already").isNull();
        assertThat((Object) axon.commands().sendAndWait(new ExecuteStandingOrderCommand(id, YearMonth.of(2026, 4))))
                .as("April's day has not come").isNull();
        assertThat(axon.eventsOf(id)).hasSize(2).last().isInstanceOf(StandingOrderExecutedEvent.class);
        assertThat(axon.eventsOf(paid.transactionId())).hasSize(1);
    }
}
