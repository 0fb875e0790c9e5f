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
import org.backoffice.events.accounting.TaxKind;
import org.backoffice.events.accounting.TaxRole;
import org.backoffice.events.accounting.TransactionPostedEvent;
import org.backoffice.command.accounting.tax.TaxCode;
import org.backoffice.command.accounting.tax.TaxCodeCommands;
import org.backoffice.command.accounting.tax.TaxCodeHandler;
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
    private final InMemoryTaxRates taxRates = new InMemoryTaxRates();
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
        axon = InMemoryAxon.with(Account.class, LedgerTransaction.class, TaxCode.class)
                .component(AccountNumberRegistry.class, number -> Optional.ofNullable(numbers.get(number)))
                .eventHandler(documentNumbers)
                .eventHandler(taxRates)
                .handler(c -> new TransactionPostingHandler(c.repository(Account.class),
                        c.repository(LedgerTransaction.class), documentNumbers, taxRates))
                .handler(c -> new TaxCodeHandler(c.repository(TaxCode.class), c.repository(Account.class)))
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

    @Test
    void aReversalIsADocumentOfItsOwnNumberedFromTheOriginalsSeriesOrAsGiven() {
        UUID drawn = UUID.randomUUID();
        book(drawn, null, "AR", invoice());
        UUID reversal = UUID.randomUUID();
        TransactionOutcome undone = commands.sendAndWait(new ReverseTransactionCommand(drawn, reversal, "wrong", DAY));
        assertThat(undone.documentNumber()).as("from the original's series").isEqualTo("AR-2026-00002");

        UUID given = UUID.randomUUID();
        book(given, "R-17", null, invoice());
        TransactionOutcome named = commands.sendAndWait(new ReverseTransactionCommand(given, UUID.randomUUID(), "wrong",
                DAY, "ST-17", null));
        assertThat(named.documentNumber()).isEqualTo("ST-17");
        UUID third = UUID.randomUUID();
        book(third, "R-18", null, invoice());
        TransactionOutcome unnumbered = commands.sendAndWait(new ReverseTransactionCommand(third, UUID.randomUUID(), "wrong", DAY));
        assertThat(unnumbered.documentNumber()).as("a given number is no series: no number").isNull();
        UUID fourth = UUID.randomUUID();
        book(fourth, "R-19", null, invoice());
        assertThatThrownBy(() -> commands.sendAndWait(new ReverseTransactionCommand(fourth, UUID.randomUUID(), "taken",
                DAY, "R-17", null))).isInstanceOfSatisfying(CommandRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(CommandRejectedException.Reason.CONFLICT);
                    assertThat(e.field()).isEqualTo("documentNumber");
                });
    }

    // ---- VAT

    private UUID inputVat;
    private UUID rcOutputVat;
    private UUID rcInputVat;
    private UUID payables;

    private void defineGermanCodes() {
        inputVat = open("1576", AccountType.ASSET, "EUR");
        rcOutputVat = open("1787", AccountType.LIABILITY, "EUR");
        rcInputVat = open("1577", AccountType.ASSET, "EUR");
        payables = open("1600", AccountType.LIABILITY, "EUR");
        LocalDate from = LocalDate.of(2007, 1, 1);
        define("USt19", TaxKind.OUTPUT, "81", null, null, new TaxCodeCommands.Version(from, new BigDecimal("19"), outputVat, null));
        define("VSt19", TaxKind.INPUT, null, "66", null, new TaxCodeCommands.Version(from, new BigDecimal("19"), inputVat, null));
        define("RC19", TaxKind.REVERSE_CHARGE, "46", "47", "67",
                new TaxCodeCommands.Version(from, new BigDecimal("19"), rcOutputVat, rcInputVat));
        define("IGL", TaxKind.TAX_FREE, "41", null, null, new TaxCodeCommands.Version(from, BigDecimal.ZERO, null, null));
    }

    private void define(String code, TaxKind kind, String baseBox, String taxBox, String inputBox, TaxCodeCommands.Version v) {
        commands.sendAndWait(new TaxCodeCommands.DefineTaxCode(code, code, kind, baseBox, taxBox, inputBox, v));
    }

    private static Line taxed(UUID account, EntrySide side, String amount, String code) {
        return new Line(account, side, Money.of(amount, "EUR"), code);
    }

    private List<EntryLeg> legsOf(TransactionOutcome outcome) {
        return ((TransactionPostedEvent) axon.eventsOf(outcome.transactionId()).get(0)).legs();
    }

    private TransactionOutcome bookTaxed(TaxAmounts amounts, LocalDate day, Line... lines) {
        return commands.sendAndWait(new PostJournalEntryCommand(UUID.randomUUID(), null, "AR", day, day, "Taxed",
                amounts, List.of(lines)));
    }

    private static EntryLeg leg(UUID account, EntrySide side, String amount, String code, TaxRole role) {
        return new EntryLeg(account, side, Money.of(amount, "EUR"), code, role);
    }

    @Test
    void aNetInvoiceAt19PercentMakesItsOutputTaxLeg() {
        defineGermanCodes();
        TransactionOutcome o = bookTaxed(TaxAmounts.NET, DAY, debit(receivables, "1190.00"),
                taxed(revenue, EntrySide.CREDIT, "1000.00", "USt19"));
        assertThat(legsOf(o)).containsExactly(EntryLeg.debit(receivables, Money.of("1190.00", "EUR")),
                leg(revenue, EntrySide.CREDIT, "1000.00", "USt19", TaxRole.BASE),
                leg(outputVat, EntrySide.CREDIT, "190.00", "USt19", TaxRole.OUTPUT_TAX));
    }

    @Test
    void aGrossAmountHasItsTaxTakenOut() {
        defineGermanCodes();
        TransactionOutcome o = bookTaxed(TaxAmounts.GROSS, DAY, debit(receivables, "1190.00"),
                taxed(revenue, EntrySide.CREDIT, "1190.00", "USt19"));
        assertThat(legsOf(o)).containsExactly(EntryLeg.debit(receivables, Money.of("1190.00", "EUR")),
                leg(revenue, EntrySide.CREDIT, "1000.00", "USt19", TaxRole.BASE),
                leg(outputVat, EntrySide.CREDIT, "190.00", "USt19", TaxRole.OUTPUT_TAX));
    }

    @Test
    void theTaxIsRoundedHalfUpPerLine() {
        defineGermanCodes();
        // 10.03 x 19 % = 1.9057 -> 1.91 per line (3.82), not 3.8114 -> 3.81 on the sum; 0.05 x 19 % = 0.0095 -> 0.01.
        TransactionOutcome o = bookTaxed(TaxAmounts.NET, DAY, debit(receivables, "24.00"),
                taxed(revenue, EntrySide.CREDIT, "10.03", "USt19"), taxed(revenue, EntrySide.CREDIT, "10.03", "USt19"),
                taxed(revenue, EntrySide.CREDIT, "0.05", "USt19"), credit(revenue, "0.06"));
        assertThat(legsOf(o)).filteredOn(l -> l.taxRole() == TaxRole.OUTPUT_TAX).extracting(l -> l.amount().amount().toPlainString())
                .containsExactly("1.91", "1.91", "0.01");
    }

    @Test
    void aPurchaseMakesItsInputTaxLegAndAReverseChargeBothTaxesThatCancel() {
        defineGermanCodes();
        TransactionOutcome bill = bookTaxed(TaxAmounts.NET, DAY, taxed(expense, EntrySide.DEBIT, "100.00", "VSt19"),
                new Line(payables, EntrySide.CREDIT, Money.of("119.00", "EUR")));
        assertThat(legsOf(bill)).containsExactly(leg(expense, EntrySide.DEBIT, "100.00", "VSt19", TaxRole.BASE),
                leg(inputVat, EntrySide.DEBIT, "19.00", "VSt19", TaxRole.INPUT_TAX),
                EntryLeg.credit(payables, Money.of("119.00", "EUR")));

        TransactionOutcome rc = bookTaxed(TaxAmounts.GROSS, DAY, taxed(expense, EntrySide.DEBIT, "1000.00", "RC19"),
                new Line(payables, EntrySide.CREDIT, Money.of("1000.00", "EUR")));
        assertThat(legsOf(rc)).containsExactly(leg(expense, EntrySide.DEBIT, "1000.00", "RC19", TaxRole.BASE),
                leg(rcInputVat, EntrySide.DEBIT, "190.00", "RC19", TaxRole.INPUT_TAX),
                leg(rcOutputVat, EntrySide.CREDIT, "190.00", "RC19", TaxRole.OUTPUT_TAX),
                EntryLeg.credit(payables, Money.of("1000.00", "EUR")));
    }

    @Test
    void aTaxFreeLineIsMarkedButMakesNoTaxLeg() {
        defineGermanCodes();
        TransactionOutcome o = bookTaxed(TaxAmounts.NET, DAY, debit(receivables, "500.00"),
                taxed(revenue, EntrySide.CREDIT, "500.00", "IGL"));
        assertThat(legsOf(o)).containsExactly(EntryLeg.debit(receivables, Money.of("500.00", "EUR")),
                leg(revenue, EntrySide.CREDIT, "500.00", "IGL", TaxRole.BASE));
    }

    @Test
    void anUnknownCodeOrOneNotInForceOnTheBookingDateIsRefusedNamingTheLine() {
        defineGermanCodes();
        assertRefused(() -> bookTaxed(TaxAmounts.NET, DAY, debit(receivables, "119.00"),
                taxed(revenue, EntrySide.CREDIT, "100.00", "USt99")), "legs[1].taxCode", "no tax code USt99");
        assertRefused(() -> bookTaxed(TaxAmounts.NET, LocalDate.of(2006, 12, 31), debit(receivables, "119.00"),
                taxed(revenue, EntrySide.CREDIT, "100.00", "USt19")), "legs[1].taxCode", "not in force on the booking date 2006-12-31");
    }

    @Test
    void aRateChangeIsANewVersionFromALaterDateAndEachEntryTakesTheRateOfItsBookingDate() {
        defineGermanCodes();
        LocalDate change = LocalDate.of(2027, 1, 1);
        commands.sendAndWait(new TaxCodeCommands.AddTaxRateVersion("USt19",
                new TaxCodeCommands.Version(change, new BigDecimal("20"), outputVat, null)));
        assertThat(legsOf(bookTaxed(TaxAmounts.NET, change.minusDays(1), debit(receivables, "119.00"),
                taxed(revenue, EntrySide.CREDIT, "100.00", "USt19"))).get(2).amount()).isEqualTo(Money.of("19.00", "EUR"));
        assertThat(legsOf(bookTaxed(TaxAmounts.NET, change, debit(receivables, "120.00"),
                taxed(revenue, EntrySide.CREDIT, "100.00", "USt19"))).get(2).amount()).isEqualTo(Money.of("20.00", "EUR"));

        assertThatThrownBy(() -> commands.sendAndWait(new TaxCodeCommands.AddTaxRateVersion("USt19",
                new TaxCodeCommands.Version(change, new BigDecimal("21"), outputVat, null))))
                .isInstanceOfSatisfying(CommandRejectedException.class, e -> assertThat(e.field()).isEqualTo("validFrom"));
    }

    @Test
    void aTaxCodeNeedsTaxAccountsOfTheRightType() {
        assertThatThrownBy(() -> define("USt19", TaxKind.OUTPUT, "81", null, null,
                new TaxCodeCommands.Version(DAY, new BigDecimal("19"), receivables, null)))
                .isInstanceOfSatisfying(CommandRejectedException.class, e -> {
                    assertThat(e.field()).isEqualTo("taxAccountId");
                    assertThat(e.getMessage()).contains("must be of type LIABILITY");
                });
        assertThatThrownBy(() -> define("IGL", TaxKind.TAX_FREE, "41", null, null,
                new TaxCodeCommands.Version(DAY, new BigDecimal("19"), null, null)))
                .isInstanceOfSatisfying(CommandRejectedException.class, e -> assertThat(e.field()).isEqualTo("rate"));
    }

    @Test
    void aRefusedTaxLegIsNamedByTheLineThatMadeIt() {
        defineGermanCodes();
        commands.sendAndWait(new CloseAccountCommand(outputVat));
        assertRefused(() -> bookTaxed(TaxAmounts.NET, DAY, debit(receivables, "119.00"),
                taxed(revenue, EntrySide.CREDIT, "100.00", "USt19")), "legs[1]", "closed");
    }

    @Test
    void aJournalEntryIsNotBookedThroughTheTwoAccountTransactions() {
        assertThatThrownBy(() -> commands.sendAndWait(new PostTransactionCommand(UUID.randomUUID(),
                TransactionKind.JOURNAL_ENTRY, receivables, revenue, Money.of("1.00", "EUR"), "x", DAY)))
                .isInstanceOfSatisfying(CommandRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(CommandRejectedException.Reason.RULE_VIOLATED);
                    assertThat(e.getMessage()).contains("book it as a journal entry");
                });
    }

    @Test
    void aTaxCodeDefinedAgainAlikeChangesNothingOtherwiseIsAConflictAndOnlyAReverseChargeHasAnInputTaxAccount() {
        defineGermanCodes();
        LocalDate from = LocalDate.of(2007, 1, 1);
        define("USt19", TaxKind.OUTPUT, "81", null, null, new TaxCodeCommands.Version(from, new BigDecimal("19"), outputVat, null));
        assertThat(axon.eventsOf(TaxCodeCommands.idOf("USt19"))).hasSize(2);
        assertThatThrownBy(() -> define("USt19", TaxKind.OUTPUT, "86", null, null,
                new TaxCodeCommands.Version(from, new BigDecimal("19"), outputVat, null)))
                .isInstanceOfSatisfying(CommandRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CommandRejectedException.Reason.CONFLICT));
        assertThatThrownBy(() -> define("USt16", TaxKind.OUTPUT, "81", null, null,
                new TaxCodeCommands.Version(from, new BigDecimal("16"), outputVat, inputVat)))
                .isInstanceOfSatisfying(CommandRejectedException.class,
                        e -> assertThat(e.field()).isEqualTo("inputTaxAccountId"));
        assertThatThrownBy(() -> define("USt0", TaxKind.OUTPUT, "81", null, null,
                new TaxCodeCommands.Version(from, BigDecimal.ZERO, outputVat, null)))
                .isInstanceOfSatisfying(CommandRejectedException.class, e -> assertThat(e.field()).isEqualTo("rate"));
    }
}
