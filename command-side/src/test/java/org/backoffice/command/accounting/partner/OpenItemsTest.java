package org.backoffice.command.accounting.partner;

import org.backoffice.command.accounting.ledger.Account;
import org.backoffice.command.accounting.ledger.AccountNumberRegistry;
import org.backoffice.command.accounting.ledger.InMemoryDocumentNumbers;
import org.backoffice.command.accounting.ledger.InMemoryTaxRates;
import org.backoffice.command.accounting.ledger.LedgerTransaction;
import org.backoffice.command.accounting.ledger.OpenAccountCommand;
import org.backoffice.command.accounting.ledger.PartnerTerms;
import org.backoffice.command.accounting.ledger.PostJournalEntryCommand;
import org.backoffice.command.accounting.ledger.ReverseTransactionCommand;
import org.backoffice.command.accounting.ledger.Settlement;
import org.backoffice.command.accounting.ledger.TaxAmounts;
import org.backoffice.command.accounting.ledger.TransactionPostingHandler;
import org.backoffice.command.common.CommandRejectedException;
import org.backoffice.command.common.InMemoryAxon;
import org.backoffice.events.accounting.AccountType;
import org.backoffice.events.accounting.EntrySide;
import org.backoffice.events.accounting.OpenItemBookedEvent;
import org.backoffice.events.accounting.OpenItemSettledEvent;
import org.backoffice.events.accounting.PartnerDocumentReversedEvent;
import org.backoffice.events.accounting.PartnerPaymentBookedEvent;
import org.backoffice.events.accounting.PartyKind;
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

/** Open items: what the entries on a partner's account make of it, on an in-memory Axon setup. */
class OpenItemsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 1);
    private final Map<String, UUID> numbers = new HashMap<>();
    private final InMemoryDocumentNumbers documentNumbers = new InMemoryDocumentNumbers();
    private InMemoryAxon axon;
    private UUID customer;
    private UUID receivable;
    private UUID bank;
    private UUID revenue;

    @BeforeEach
    void setUp() {
        AccountNumberRegistry registry = number -> Optional.ofNullable(numbers.get(number));
        axon = InMemoryAxon.with(Partner.class, Account.class, LedgerTransaction.class)
                .component(AccountNumberRegistry.class, registry)
                .eventHandler(documentNumbers)
                .handler(c -> new PartnerHandler(c.repository(Partner.class), c.repository(Account.class), registry,
                        kind -> "10000"))
                .handler(c -> new TransactionPostingHandler(c.repository(Account.class), c.repository(LedgerTransaction.class),
                        documentNumbers, new InMemoryTaxRates(), new OpenItemBookkeeper(c.repository(Partner.class)),
                        org.backoffice.command.accounting.ledger.PostingPeriods.OPEN))
                .start();
        customer = UUID.randomUUID();
        receivable = axon.commands().<PartnerHandler.Registered>sendAndWait(new PartnerCommands.RegisterPartner(customer,
                PartyKind.CUSTOMER, "ACME GmbH", null, "EUR", null, 30)).accountId();
        bank = open("1200", AccountType.ASSET);
        revenue = open("8400", AccountType.REVENUE);
    }

    @AfterEach
    void tearDown() {
        axon.close();
    }

    private UUID open(String number, AccountType type) {
        UUID id = UUID.randomUUID();
        axon.commands().sendAndWait(new OpenAccountCommand(id, number, number, type, "EUR",
                type == AccountType.ASSET ? new BigDecimal("100000") : BigDecimal.ZERO, null, null));
        numbers.put(number, id);
        return id;
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private UUID entry(String number, UUID debit, UUID credit, String amount, PartnerTerms terms) {
        UUID id = UUID.randomUUID();
        axon.commands().sendAndWait(new PostJournalEntryCommand(id, number, null, DAY, DAY, number, TaxAmounts.NET,
                List.of(new PostJournalEntryCommand.Line(debit, EntrySide.DEBIT, eur(amount)),
                        new PostJournalEntryCommand.Line(credit, EntrySide.CREDIT, eur(amount))), terms));
        return id;
    }

    @Test
    void anInvoiceOpensAnItemAndAPaymentSettlesItWithTheSameEntry() {
        UUID invoice = entry("RE1", receivable, revenue, "100.00", PartnerTerms.NONE);
        UUID payment = entry("BA1", bank, receivable, "120.00", new PartnerTerms(null, List.of(new Settlement(invoice, eur("100.00")))));
        assertThat(axon.eventsOf(customer)).contains(
                new OpenItemBookedEvent(customer, invoice, "RE1", DAY, DAY, DAY.plusDays(30), eur("100.00")),
                new PartnerPaymentBookedEvent(customer, payment, "BA1", DAY, eur("120.00")),
                new OpenItemSettledEvent(customer, invoice, payment, eur("100.00"), null));
    }

    @Test
    void nothingIsAllocatedToAReversedItemOrFromAReversedPaymentOrInAnotherCurrency() {
        UUID invoice = entry("RE1", receivable, revenue, "100.00", PartnerTerms.NONE);
        UUID other = entry("RE2", receivable, revenue, "100.00", PartnerTerms.NONE);
        UUID payment = entry("BA1", bank, receivable, "50.00", PartnerTerms.NONE);
        assertThatThrownBy(() -> allocate(payment, other, Money.of("10", "USD")))
                .isInstanceOfSatisfying(CommandRejectedException.class, e -> assertThat(e.field()).isEqualTo("amount.currency"));
        axon.commands().sendAndWait(new ReverseTransactionCommand(invoice, UUID.randomUUID(), "cancelled", DAY, null, null));
        assertThat(axon.eventsOf(customer)).filteredOn(PartnerDocumentReversedEvent.class::isInstance).hasSize(1);
        assertThatThrownBy(() -> allocate(payment, invoice, eur("10.00")))
                .isInstanceOfSatisfying(CommandRejectedException.class, e -> assertThat(e.getMessage()).contains("reversed"));
        axon.commands().sendAndWait(new ReverseTransactionCommand(payment, UUID.randomUUID(), "returned", DAY, null, null));
        assertThatThrownBy(() -> allocate(payment, other, eur("10.00")))
                .isInstanceOfSatisfying(CommandRejectedException.class, e -> assertThat(e.field()).isEqualTo("paymentId"));
        assertThatThrownBy(() -> allocate(invoice, other, eur("10.00")))
                .as("an invoice is no payment").isInstanceOf(CommandRejectedException.class);
    }

    private void allocate(UUID payment, UUID item, Money amount) {
        axon.commands().sendAndWait(new PartnerCommands.AllocatePayment(customer, UUID.randomUUID(), payment, item, amount));
    }

    @Test
    void aRefusedSettlementTakesTheWholeEntryBack() {
        UUID invoice = entry("RE1", receivable, revenue, "100.00", PartnerTerms.NONE);
        int before = axon.eventsOf(bank).size();
        assertThatThrownBy(() -> entry("BA1", bank, receivable, "200.00",
                new PartnerTerms(null, List.of(new Settlement(invoice, eur("150.00"))))))
                .isInstanceOf(CommandRejectedException.class);
        assertThat(axon.eventsOf(bank)).as("the bank account took nothing").hasSize(before);
        assertThat(documentNumbers.holderOf("BA1")).isEmpty();
    }
}
