package org.backoffice.command.accounting.ledger;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.backoffice.command.common.CommandRejectedException;
import org.backoffice.command.common.InMemoryAxon;
import org.backoffice.events.accounting.AccountCreditedEvent;
import org.backoffice.events.accounting.AccountDebitedEvent;
import org.backoffice.events.accounting.AccountType;
import org.backoffice.events.accounting.EntryLeg;
import org.backoffice.events.accounting.EntrySide;
import org.backoffice.events.accounting.TransactionKind;
import org.backoffice.events.accounting.TransactionPostedEvent;
import org.backoffice.events.common.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backoffice.command.accounting.ledger.PostJournalEntryCommand.Line;

/** Journal entries with any number of legs, on a real Axon configuration with an in-memory store. */
class JournalEntryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    private final Map<String, UUID> numbers = new HashMap<>();
    private final InMemoryDocumentNumbers documentNumbers = new InMemoryDocumentNumbers();
    private InMemoryAxon axon;
    private CommandGateway commands;

    private UUID bank;
    private UUID receivables;
    private UUID revenue;
    private UUID outputVat;
    private UUID expense;
    private UUID dollars;

    @BeforeEach
    void setUp() {
        axon = InMemoryAxon.with(Account.class, LedgerTransaction.class)
                .component(AccountNumberRegistry.class, number -> Optional.ofNullable(numbers.get(number)))
                .eventHandler(documentNumbers)
                .handler(c -> new TransactionPostingHandler(c.repository(Account.class),
                        c.repository(LedgerTransaction.class), documentNumbers))
                .start();
        commands = axon.commands();
        bank = open("1200", AccountType.ASSET, "EUR");
        receivables = open("1400", AccountType.ASSET, "EUR");
        revenue = open("8400", AccountType.REVENUE, "EUR");
        outputVat = open("1776", AccountType.LIABILITY, "EUR");
        expense = open("4930", AccountType.EXPENSE, "EUR");
        dollars = open("1210", AccountType.ASSET, "USD");
    }

    @AfterEach
    void tearDown() {
        axon.close();
    }

    private UUID open(String number, AccountType type, String currency) {
        UUID id = UUID.randomUUID();
        commands.sendAndWait(new OpenAccountCommand(id, number, number, type, currency, BigDecimal.ZERO, null));
        numbers.put(number, id);
        return id;
    }

    private static Line debit(UUID account, String amount) {
        return new Line(account, EntrySide.DEBIT, Money.of(amount, "EUR"));
    }

    private static Line credit(UUID account, String amount) {
        return new Line(account, EntrySide.CREDIT, Money.of(amount, "EUR"));
    }

    private TransactionOutcome book(UUID id, String number, String series, Line... lines) {
        return commands.sendAndWait(new PostJournalEntryCommand(id, number, series, DAY, DAY, "Invoice", List.of(lines)));
    }

    private Line[] invoice() {
        return new Line[] {debit(receivables, "1190.00"), credit(revenue, "1000.00"), credit(outputVat, "190.00")};
    }

    private void assertRefused(Runnable booking, String field, String message) {
        assertThatThrownBy(booking::run).isInstanceOfSatisfying(CommandRejectedException.class, e -> {
            assertThat(e.reason()).isEqualTo(CommandRejectedException.Reason.RULE_VIOLATED);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(message);
        });
    }

    @Test
    void anEntryOfThreeLegsIsPostedOnAllItsAccountsAtOnce() {
        UUID id = UUID.randomUUID();
        TransactionOutcome outcome = book(id, "AR-17", null, invoice());

        assertThat(outcome).isEqualTo(TransactionOutcome.completed(id, "AR-17"));
        assertThat(axon.eventsOf(id)).containsExactly(new TransactionPostedEvent(id, TransactionKind.JOURNAL_ENTRY,
                "AR-17", DAY, DAY, "Invoice", List.of(EntryLeg.debit(receivables, Money.of("1190.00", "EUR")),
                EntryLeg.credit(revenue, Money.of("1000.00", "EUR")), EntryLeg.credit(outputVat, Money.of("190.00", "EUR"))),
                null));
        assertThat(axon.eventsOf(receivables)).contains(new AccountDebitedEvent(receivables, id, Money.of("1190.00", "EUR"), "Invoice"));
        assertThat(axon.eventsOf(revenue)).contains(new AccountCreditedEvent(revenue, id, Money.of("1000.00", "EUR"), "Invoice"));
        assertThat(axon.eventsOf(outputVat)).contains(new AccountCreditedEvent(outputVat, id, Money.of("190.00", "EUR"), "Invoice"));
    }

    @Test
    void anEntryThatDoesNotBalanceIsRefusedAndNothingIsStored() {
        UUID id = UUID.randomUUID();
        assertRefused(() -> book(id, "AR-1", null, debit(receivables, "1190.00"), credit(revenue, "1000.00"),
                credit(outputVat, "189.99")), "legs", "does not balance: debits 1190.00 EUR, credits 1189.99 EUR");
        assertThat(axon.eventsOf(id)).isEmpty();
        assertThat(axon.eventsOf(receivables)).hasSize(1);
    }

    @Test
    void anEntryOfOneLegIsRefused() {
        assertRefused(() -> book(UUID.randomUUID(), "AR-1", null, debit(receivables, "0.01")), "legs", "at least two legs");
    }

    @Test
    void anEntryInTwoCurrenciesIsRefused() {
        assertRefused(() -> book(UUID.randomUUID(), "AR-1", null, debit(receivables, "10.00"),
                new Line(dollars, EntrySide.CREDIT, Money.of("10.00", "USD"))), "legs[1].amount.currency", "one currency");
    }

    @Test
    void aLegOnAnUnknownAccountIsRefusedNamingTheLeg() {
        UUID id = UUID.randomUUID();
        assertRefused(() -> book(id, "AR-1", null, debit(receivables, "5.00"), credit(UUID.randomUUID(), "5.00")),
                "legs[1].accountId", "does not exist");
        assertThat(axon.eventsOf(id)).isEmpty();
        assertThat(axon.eventsOf(receivables)).hasSize(1);
    }

    @Test
    void aLegOnAClosedAccountIsRefusedAndNothingIsPosted() {
        commands.sendAndWait(new CloseAccountCommand(expense));
        UUID id = UUID.randomUUID();
        assertRefused(() -> book(id, "AR-1", null, debit(expense, "5.00"), credit(revenue, "5.00")), "legs[0]", "closed");
        assertThat(axon.eventsOf(id)).isEmpty();
        assertThat(axon.eventsOf(revenue)).hasSize(1);
    }

    @Test
    void aLegInAnotherCurrencyThanItsAccountIsRefused() {
        assertRefused(() -> book(UUID.randomUUID(), "AR-1", null, debit(expense, "5.00"), credit(dollars, "5.00")),
                "legs[1]", "currency mismatch");
    }

    @Test
    void theOverdraftFloorHoldsForTheNetOfAnAccountsLegs() {
        // In and out of the bank in one entry: net nothing, allowed although each credit alone would overdraw.
        assertThat(book(UUID.randomUUID(), "B-1", null, debit(bank, "100.00"), credit(bank, "100.00"),
                debit(expense, "5.00"), credit(revenue, "5.00")).status()).isEqualTo(TransactionOutcome.Status.COMPLETED);
        // Net out of the bank below its floor of zero: refused, naming the bank's first leg.
        assertRefused(() -> book(UUID.randomUUID(), "B-2", null, debit(expense, "100.00"), debit(bank, "50.00"),
                credit(bank, "150.00")), "legs[1]", "insufficient funds");
    }

    @Test
    void numbersDrawnFromASeriesFollowEachOtherPerYear() {
        assertThat(book(UUID.randomUUID(), null, "AR", invoice()).documentNumber()).isEqualTo("AR-2026-00001");
        assertThat(book(UUID.randomUUID(), null, "AR", invoice()).documentNumber()).isEqualTo("AR-2026-00002");
        assertThat(book(UUID.randomUUID(), null, "ER", invoice()).documentNumber()).isEqualTo("ER-2026-00001");
        TransactionOutcome nextYear = commands.sendAndWait(new PostJournalEntryCommand(UUID.randomUUID(), null, "AR",
                DAY.plusYears(1), DAY.plusYears(1), "Invoice", List.of(invoice())));
        assertThat(nextYear.documentNumber()).isEqualTo("AR-2027-00001");
    }

    @Test
    void aGivenNumberSentAgainWithTheSameContentAnswersAsItsEntryAndWithOtherContentIsAConflict() {
        UUID first = UUID.randomUUID();
        book(first, "AR-2026-00017", null, invoice());

        UUID retry = UUID.randomUUID();
        assertThat(book(retry, "AR-2026-00017", null, invoice())).isEqualTo(TransactionOutcome.completed(first, "AR-2026-00017"));
        assertThat(axon.eventsOf(retry)).isEmpty();
        assertThat(axon.eventsOf(receivables)).hasSize(2);

        assertThatThrownBy(() -> book(UUID.randomUUID(), "AR-2026-00017", null, debit(receivables, "1.00"),
                credit(revenue, "1.00"))).isInstanceOfSatisfying(CommandRejectedException.class, e -> {
            assertThat(e.reason()).isEqualTo(CommandRejectedException.Reason.CONFLICT);
            assertThat(e.field()).isEqualTo("documentNumber");
        });
    }

    @Test
    void theSameIdIsAnsweredAsTheFirstTimeAndOtherContentUnderItIsAConflict() {
        UUID id = UUID.randomUUID();
        TransactionOutcome first = book(id, null, "AR", invoice());
        assertThat(book(id, null, "AR", invoice())).isEqualTo(first);
        assertThat(axon.eventsOf(receivables)).hasSize(2);
        assertThatThrownBy(() -> book(id, null, "AR", debit(receivables, "1.00"), credit(revenue, "1.00")))
                .isInstanceOfSatisfying(CommandRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CommandRejectedException.Reason.CONFLICT));
    }

    @Test
    void aReversalPostsEveryLegOnTheOtherSideOnce() {
        UUID id = UUID.randomUUID();
        book(id, "AR-5", null, invoice());
        UUID reversal = UUID.randomUUID();

        commands.sendAndWait(new ReverseTransactionCommand(id, reversal, "wrong customer", DAY));

        assertThat(axon.eventsOf(reversal)).singleElement().isInstanceOfSatisfying(TransactionPostedEvent.class, e -> {
            assertThat(e.legs()).containsExactly(EntryLeg.credit(receivables, Money.of("1190.00", "EUR")),
                    EntryLeg.debit(revenue, Money.of("1000.00", "EUR")), EntryLeg.debit(outputVat, Money.of("190.00", "EUR")));
            assertThat(e.reversalOf()).isEqualTo(id);
            assertThat(e.text()).isEqualTo("Reversal of AR-5: wrong customer");
        });
        assertThatThrownBy(() -> commands.sendAndWait(new ReverseTransactionCommand(id, UUID.randomUUID(), "again", DAY)))
                .isInstanceOfSatisfying(CommandRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CommandRejectedException.Reason.CONFLICT));
    }
}
