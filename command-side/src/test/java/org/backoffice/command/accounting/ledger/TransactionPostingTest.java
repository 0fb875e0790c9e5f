package org.backoffice.command.accounting.ledger;

import org.backoffice.command.common.InMemoryAxon;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.backoffice.command.common.CommandRejectedException;
import org.backoffice.events.accounting.AccountCreditedEvent;
import org.backoffice.events.accounting.AccountDebitedEvent;
import org.backoffice.events.accounting.AccountType;
import org.backoffice.events.accounting.EntryLeg;
import org.backoffice.events.accounting.Party;
import org.backoffice.events.accounting.PartyKind;
import org.backoffice.events.accounting.TransactionKind;
import org.backoffice.events.accounting.TransactionPostedEvent;
import org.backoffice.events.accounting.TransactionRejectedEvent;
import org.backoffice.events.accounting.TransactionReversedEvent;
import org.backoffice.events.common.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backoffice.command.accounting.ledger.TransactionOutcome.Status.COMPLETED;
import static org.backoffice.command.accounting.ledger.TransactionOutcome.Status.REJECTED;

/**
 * The posting handler spans two Account aggregates and a LedgerTransaction, which
 * AggregateTestFixture cannot hold; so it runs here on a real Axon configuration with an
 * in-memory event store, and each test reads what was stored.
 */
class TransactionPostingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private final Map<String, UUID> numbers = new HashMap<>();
    private final InMemoryDocumentNumbers documentNumbers = new InMemoryDocumentNumbers();
    private InMemoryAxon axon;
    private CommandGateway commands;

    private UUID bank;
    private UUID cash;
    private UUID revenue;
    private UUID expense;
    private UUID customer;
    private UUID otherCustomer;
    private UUID supplier;
    private UUID dollars;

    @BeforeEach
    void setUp() {
        axon = InMemoryAxon.with(Account.class, LedgerTransaction.class)
                .component(AccountNumberRegistry.class, number -> Optional.ofNullable(numbers.get(number)))
                .eventHandler(documentNumbers)
                .handler(c -> new TransactionPostingHandler(c.repository(Account.class), c.repository(LedgerTransaction.class),
                        documentNumbers, new InMemoryTaxRates()))
                .start();
        commands = axon.commands();
        bank = open("1000", AccountType.ASSET, "EUR", "100", null);
        cash = open("1010", AccountType.ASSET, "EUR", "0", null);
        revenue = open("4000", AccountType.REVENUE, "EUR", "0", null);
        expense = open("6000", AccountType.EXPENSE, "EUR", "0", null);
        customer = open("1200", AccountType.ASSET, "EUR", "0", new Party(PartyKind.CUSTOMER, UUID.randomUUID(), "ACME"));
        otherCustomer = open("1201", AccountType.ASSET, "EUR", "0", new Party(PartyKind.CUSTOMER, UUID.randomUUID(), "Globex"));
        supplier = open("1600", AccountType.LIABILITY, "EUR", "0", new Party(PartyKind.SUPPLIER, UUID.randomUUID(), "Paper Co"));
        dollars = open("1001", AccountType.ASSET, "USD", "0", null);
    }

    @AfterEach
    void tearDown() {
        axon.close();
    }

    private UUID open(String number, AccountType type, String currency, String overdraft, Party party) {
        UUID id = UUID.randomUUID();
        commands.sendAndWait(new OpenAccountCommand(id, number, number, type, currency, new BigDecimal(overdraft), party));
        numbers.put(number, id);
        return id;
    }

    private TransactionOutcome post(UUID id, TransactionKind kind, UUID debit, UUID credit, String amount) {
        return commands.sendAndWait(new PostTransactionCommand(id, kind, debit, credit, Money.of(amount, "EUR"),
                "ref", TODAY));
    }

    private TransactionOutcome post(TransactionKind kind, UUID debit, UUID credit, String amount) {
        return post(UUID.randomUUID(), kind, debit, credit, amount);
    }

    private List<Object> eventsOf(UUID aggregate) {
        return axon.eventsOf(aggregate);
    }

    @Test
    void aCompletedTransactionPostsBothLegsWithTheTransaction() {
        UUID tx = UUID.randomUUID();
        TransactionOutcome outcome = post(tx, TransactionKind.CUSTOMER_INVOICE, customer, revenue, "125.50");

        assertThat(outcome.status()).isEqualTo(COMPLETED);
        assertThat(eventsOf(tx)).containsExactly(new TransactionPostedEvent(tx, TransactionKind.CUSTOMER_INVOICE,
                null, TODAY, TODAY, "ref", List.of(EntryLeg.debit(customer, Money.of("125.50", "EUR")),
                EntryLeg.credit(revenue, Money.of("125.50", "EUR"))), null));
        assertThat(eventsOf(customer)).contains(new AccountDebitedEvent(customer, tx, Money.of("125.50", "EUR"), "ref"));
        assertThat(eventsOf(revenue)).contains(new AccountCreditedEvent(revenue, tx, Money.of("125.50", "EUR"), "ref"));
    }

    @Test
    void aTransactionThatWouldOverdrawABankAccountIsRejectedAndPostsNothing() {
        UUID tx = UUID.randomUUID();
        TransactionOutcome outcome = post(tx, TransactionKind.TRANSFER, cash, bank, "100.01");

        assertThat(outcome.status()).isEqualTo(REJECTED);
        assertThat(outcome.reason()).contains("insufficient funds").contains("overdraft limit of 100.00 EUR");
        assertThat(eventsOf(tx)).singleElement().isInstanceOf(TransactionRejectedEvent.class);
        assertThat(eventsOf(bank)).hasSize(1);
        assertThat(eventsOf(cash)).hasSize(1);
    }

    @Test
    void aBankAccountMayBeOverdrawnUpToItsLimit() {
        assertThat(post(TransactionKind.TRANSFER, cash, bank, "100.00").status()).isEqualTo(COMPLETED);
        assertThat(post(TransactionKind.TRANSFER, cash, bank, "0.01").status()).isEqualTo(REJECTED);
    }

    @Test
    void aTransactionOnAClosedAccountIsRejected() {
        commands.sendAndWait(new CloseAccountCommand(revenue));
        TransactionOutcome outcome = post(TransactionKind.CUSTOMER_INVOICE, customer, revenue, "10");
        assertThat(outcome.status()).isEqualTo(REJECTED);
        assertThat(outcome.reason()).contains("account 4000 is closed");
        assertThat(eventsOf(customer)).hasSize(1);
    }

    @Test
    void aTransactionInAnotherCurrencyThanTheAccountsIsRejected() {
        TransactionOutcome outcome = commands.sendAndWait(new PostTransactionCommand(UUID.randomUUID(),
                TransactionKind.TRANSFER, bank, cash, Money.of("5", "USD"), "ref", TODAY));
        assertThat(outcome.status()).isEqualTo(REJECTED);
        assertThat(outcome.reason()).contains("currency mismatch");
    }

    @Test
    void aTransactionBetweenAccountsOfDifferentCurrenciesIsRejected() {
        TransactionOutcome outcome = post(TransactionKind.TRANSFER, dollars, cash, "5");
        assertThat(outcome.status()).isEqualTo(REJECTED);
        assertThat(outcome.reason()).contains("currency mismatch");
    }

    @Test
    void aTransactionNamingATransactionAsItsAccountIsRejectedAsUnknownAccount() {
        UUID tx = UUID.randomUUID();
        post(tx, TransactionKind.CUSTOMER_INVOICE, customer, revenue, "1");
        TransactionOutcome outcome = post(TransactionKind.TRANSFER, tx, cash, "5");
        assertThat(outcome.status()).isEqualTo(REJECTED);
        assertThat(outcome.reason()).contains("does not exist");
    }

    @Test
    void aTransactionOnAnUnknownAccountIsRejected() {
        UUID unknown = UUID.randomUUID();
        TransactionOutcome outcome = post(TransactionKind.TRANSFER, unknown, cash, "5");
        assertThat(outcome.status()).isEqualTo(REJECTED);
        assertThat(outcome.reason()).contains("debit account " + unknown + " does not exist");
    }

    @ParameterizedTest(name = "{0} from {1} to {2} is refused")
    @CsvSource({
            "CUSTOMER_INVOICE, bank, revenue",
            "CUSTOMER_INVOICE, customer, expense",
            "CUSTOMER_PAYMENT, customer, otherCustomer",
            "CUSTOMER_PAYMENT, bank, revenue",
            "SUPPLIER_INVOICE, revenue, supplier",
            "SUPPLIER_INVOICE, expense, customer",
            "SUPPLIER_PAYMENT, bank, cash",
            "SUPPLIER_PAYMENT, supplier, customer",
            "PAYROLL, revenue, bank",
            "PAYROLL, expense, supplier",
    })
    void aKindThatDoesNotFitItsAccountsIsRefusedAndStoresNothing(TransactionKind kind, String debit, String credit) {
        UUID tx = UUID.randomUUID();
        assertThatThrownBy(() -> post(tx, kind, account(debit), account(credit), "1"))
                .isInstanceOfSatisfying(CommandRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CommandRejectedException.Reason.RULE_VIOLATED));
        assertThat(axon.eventsOf(tx)).isEmpty();
    }

    @ParameterizedTest(name = "{0} from {1} to {2} is accepted")
    @CsvSource({
            "TRANSFER, revenue, expense",
            "CUSTOMER_INVOICE, customer, revenue",
            "CUSTOMER_PAYMENT, bank, customer",
            "SUPPLIER_INVOICE, expense, supplier",
            "SUPPLIER_INVOICE, cash, supplier",
            "SUPPLIER_PAYMENT, supplier, bank",
            "PAYROLL, expense, bank",
    })
    void eachKindPostsBetweenTheAccountsItIsFor(TransactionKind kind, String debit, String credit) {
        assertThat(post(kind, account(debit), account(credit), "1").status()).isEqualTo(COMPLETED);
    }

    @Test
    void debitAndCreditMustBeDifferentAccounts() {
        assertThatThrownBy(() -> post(TransactionKind.TRANSFER, bank, bank, "1"))
                .isInstanceOf(CommandRejectedException.class);
    }

    @Test
    void sendingTheSameTransactionAgainAnswersTheSameAndPostsOnce() {
        UUID tx = UUID.randomUUID();
        post(tx, TransactionKind.CUSTOMER_INVOICE, customer, revenue, "10");
        TransactionOutcome again = post(tx, TransactionKind.CUSTOMER_INVOICE, customer, revenue, "10");

        assertThat(again).isEqualTo(TransactionOutcome.completed(tx));
        assertThat(eventsOf(tx)).hasSize(1);
        assertThat(eventsOf(customer)).hasSize(2);
    }

    @Test
    void aRejectedTransactionSentAgainIsStillRejected() {
        UUID tx = UUID.randomUUID();
        post(tx, TransactionKind.TRANSFER, cash, bank, "1000");
        assertThat(post(tx, TransactionKind.TRANSFER, cash, bank, "1000").status()).isEqualTo(REJECTED);
        assertThat(eventsOf(tx)).hasSize(1);
    }

    @Test
    void theSameTransactionIdWithAnotherBodyIsAConflict() {
        UUID tx = UUID.randomUUID();
        post(tx, TransactionKind.CUSTOMER_INVOICE, customer, revenue, "10");
        assertThatThrownBy(() -> post(tx, TransactionKind.CUSTOMER_INVOICE, customer, revenue, "11"))
                .isInstanceOfSatisfying(CommandRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CommandRejectedException.Reason.CONFLICT));
    }

    @Test
    void aTransactionIdCannotReuseAnAccountsId() {
        assertThatThrownBy(() -> post(bank, TransactionKind.TRANSFER, cash, revenue, "1"))
                .isInstanceOfSatisfying(CommandRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CommandRejectedException.Reason.CONFLICT));
        assertThat(eventsOf(bank)).hasSize(1);
    }

    @Test
    void aReversalPostsTheOppositeTransactionOnce() {
        UUID tx = UUID.randomUUID();
        post(tx, TransactionKind.CUSTOMER_INVOICE, customer, revenue, "40");
        UUID reversal = UUID.randomUUID();

        TransactionOutcome outcome = commands.sendAndWait(new ReverseTransactionCommand(tx, reversal, "wrong customer", TODAY));

        assertThat(outcome).isEqualTo(TransactionOutcome.completed(reversal));
        assertThat(eventsOf(reversal)).singleElement().isInstanceOfSatisfying(TransactionPostedEvent.class, e -> {
            assertThat(e.legs()).containsExactly(EntryLeg.debit(revenue, Money.of("40.00", "EUR")),
                    EntryLeg.credit(customer, Money.of("40.00", "EUR")));
            assertThat(e.reversalOf()).isEqualTo(tx);
        });
        assertThat(eventsOf(tx)).last().isEqualTo(new TransactionReversedEvent(tx, reversal, "wrong customer"));
        assertThatThrownBy(() -> commands.sendAndWait(new ReverseTransactionCommand(tx, UUID.randomUUID(), "again", TODAY)))
                .isInstanceOfSatisfying(CommandRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CommandRejectedException.Reason.CONFLICT));
    }

    @Test
    void resendingAReversalAnswersTheSameAndReversesOnce() {
        UUID tx = UUID.randomUUID();
        post(tx, TransactionKind.CUSTOMER_INVOICE, customer, revenue, "40");
        UUID reversal = UUID.randomUUID();
        commands.sendAndWait(new ReverseTransactionCommand(tx, reversal, "oops", TODAY));
        TransactionOutcome again = commands.sendAndWait(new ReverseTransactionCommand(tx, reversal, "oops", TODAY));
        assertThat(again).isEqualTo(TransactionOutcome.completed(reversal));
        assertThat(eventsOf(customer)).hasSize(3);
    }

    @Test
    void aRejectedTransactionCannotBeReversed() {
        UUID tx = UUID.randomUUID();
        post(tx, TransactionKind.TRANSFER, cash, bank, "1000");
        assertThatThrownBy(() -> commands.sendAndWait(new ReverseTransactionCommand(tx, UUID.randomUUID(), "x", TODAY)))
                .isInstanceOfSatisfying(CommandRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CommandRejectedException.Reason.CONFLICT));
    }

    @Test
    void reversingAnUnknownTransactionIsNotFound() {
        assertThatThrownBy(() -> commands.sendAndWait(new ReverseTransactionCommand(UUID.randomUUID(), UUID.randomUUID(), "x", TODAY)))
                .isInstanceOfSatisfying(CommandRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CommandRejectedException.Reason.NOT_FOUND));
    }

    @Test
    void aReversalThatWouldOverdrawIsRejectedAndLeavesTheOriginalCompleted() {
        UUID payment = UUID.randomUUID();
        post(UUID.randomUUID(), TransactionKind.CUSTOMER_INVOICE, customer, revenue, "150");
        post(payment, TransactionKind.CUSTOMER_PAYMENT, bank, customer, "150");
        post(UUID.randomUUID(), TransactionKind.TRANSFER, expense, bank, "240");  // bank now at -90

        TransactionOutcome outcome = commands.sendAndWait(new ReverseTransactionCommand(payment, UUID.randomUUID(), "bounced", TODAY));

        assertThat(outcome.status()).isEqualTo(REJECTED);
        assertThat(eventsOf(payment)).singleElement().isInstanceOf(TransactionPostedEvent.class);
    }

    private UUID account(String name) {
        return switch (name) {
            case "bank" -> bank;
            case "cash" -> cash;
            case "revenue" -> revenue;
            case "expense" -> expense;
            case "customer" -> customer;
            case "otherCustomer" -> otherCustomer;
            case "supplier" -> supplier;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
