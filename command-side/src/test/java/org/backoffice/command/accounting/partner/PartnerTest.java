package org.backoffice.command.accounting.partner;

import org.backoffice.command.accounting.ledger.Account;
import org.backoffice.command.accounting.ledger.CompanyIbans;
import org.backoffice.command.accounting.ledger.OpenAccountCommand;
import org.backoffice.command.accounting.ledger.SetBankDetailsCommand;
import org.backoffice.command.accounting.ledger.AccountNumberRegistry;
import org.backoffice.command.common.CommandRejectedException;
import org.backoffice.command.common.InMemoryAxon;
import org.backoffice.events.accounting.AccountBankDetailsSetEvent;
import org.backoffice.events.accounting.AccountOpenedEvent;
import org.backoffice.events.accounting.AccountType;
import org.backoffice.events.accounting.BankDetails;
import org.backoffice.events.accounting.PartnerBankDetailsChangedEvent;
import org.backoffice.events.accounting.PartnerRegisteredEvent;
import org.backoffice.events.accounting.Party;
import org.backoffice.events.accounting.PartyKind;
import org.backoffice.events.common.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Partners with their personal accounts, and company bank details, on an in-memory Axon setup. */
class PartnerTest {

    private static final BankDetails ACME_BANK = new BankDetails("DE89370400440532013000", "COBADEFFXXX");
    private final Map<String, UUID> numbers = new HashMap<>();
    private final Map<String, UUID> ibans = new HashMap<>();
    private InMemoryAxon axon;

    @BeforeEach
    void setUp() {
        AccountNumberRegistry registry = number -> Optional.ofNullable(numbers.get(number));
        axon = InMemoryAxon.with(Partner.class, Account.class)
                .component(AccountNumberRegistry.class, registry)
                .component(CompanyIbans.class, iban -> Optional.ofNullable(ibans.get(iban)))
                .handler(c -> new PartnerHandler(c.repository(Partner.class), c.repository(Account.class), registry,
                        kind -> kind == PartyKind.CUSTOMER ? "10000" : "70000"))
                .start();
    }

    @AfterEach
    void tearDown() {
        axon.close();
    }

    private PartnerHandler.Registered register(UUID id, PartyKind kind, String number, BankDetails bank) {
        return axon.commands().sendAndWait(new PartnerCommands.RegisterPartner(id, kind, "ACME GmbH", number, "EUR", bank, 14));
    }

    @Test
    void aCustomerGetsItsReceivableUnderTradeReceivablesAndASupplierItsPayable() {
        UUID customer = UUID.randomUUID();
        PartnerHandler.Registered r = register(customer, PartyKind.CUSTOMER, null, ACME_BANK);
        assertThat(axon.eventsOf(customer)).containsExactly(new PartnerRegisteredEvent(customer, PartyKind.CUSTOMER,
                "ACME GmbH", ACME_BANK, 14, r.accountId()));
        assertThat(axon.eventsOf(r.accountId())).containsExactly(new AccountOpenedEvent(r.accountId(), "10000", "ACME GmbH",
                AccountType.ASSET, "EUR", Money.zero("EUR"), new Party(PartyKind.CUSTOMER, customer, "ACME GmbH"), "B.II.1"));

        UUID supplier = UUID.randomUUID();
        PartnerHandler.Registered s = register(supplier, PartyKind.SUPPLIER, "70100", null);
        assertThat(axon.eventsOf(s.accountId())).singleElement().isInstanceOfSatisfying(AccountOpenedEvent.class, e -> {
            assertThat(e.type()).isEqualTo(AccountType.LIABILITY);
            assertThat(e.number()).isEqualTo("70100");
            assertThat(e.group()).isEqualTo("P.C.4");
        });
    }

    @Test
    void theSameRegistrationAgainChangesNothingAndOtherDetailsAreAConflict() {
        UUID id = UUID.randomUUID();
        PartnerHandler.Registered first = register(id, PartyKind.CUSTOMER, null, ACME_BANK);
        assertThat(register(id, PartyKind.CUSTOMER, null, ACME_BANK)).isEqualTo(first);
        assertThat(axon.eventsOf(id)).hasSize(1);
        assertThatThrownBy(() -> register(id, PartyKind.CUSTOMER, null, null))
                .isInstanceOfSatisfying(CommandRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CommandRejectedException.Reason.CONFLICT));
    }

    @Test
    void aTakenAccountNumberOrAnEmployeeIsRefusedAndNothingIsStored() {
        numbers.put("10500", UUID.randomUUID());
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> register(id, PartyKind.CUSTOMER, "10500", null))
                .isInstanceOfSatisfying(CommandRejectedException.class, e -> assertThat(e.field()).isEqualTo("accountNumber"));
        assertThat(axon.eventsOf(id)).isEmpty();
        assertThatThrownBy(() -> register(UUID.randomUUID(), PartyKind.EMPLOYEE, null, null))
                .isInstanceOfSatisfying(CommandRejectedException.class, e -> assertThat(e.field()).isEqualTo("kind"));
    }

    @Test
    void aPartnersBankDetailsChangeOnceAndOnlyForARegisteredPartner() {
        UUID id = UUID.randomUUID();
        register(id, PartyKind.SUPPLIER, null, null);
        axon.commands().sendAndWait(new PartnerCommands.ChangePartnerBankDetails(id, ACME_BANK));
        axon.commands().sendAndWait(new PartnerCommands.ChangePartnerBankDetails(id, ACME_BANK));
        assertThat(axon.eventsOf(id)).filteredOn(PartnerBankDetailsChangedEvent.class::isInstance).hasSize(1);
        assertThatThrownBy(() -> axon.commands().sendAndWait(new PartnerCommands.ChangePartnerBankDetails(UUID.randomUUID(), ACME_BANK)))
                .isInstanceOfSatisfying(CommandRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CommandRejectedException.Reason.NOT_FOUND));
    }

    @Test
    void onlyABankAccountTakesBankDetailsAndAnIbanBelongsToOneAccount() {
        UUID bank = UUID.randomUUID();
        axon.commands().sendAndWait(new OpenAccountCommand(bank, "1200", "Bank", AccountType.ASSET, "EUR", BigDecimal.ZERO, null, "B.IV"));
        axon.commands().sendAndWait(new SetBankDetailsCommand(bank, ACME_BANK));
        assertThat(axon.eventsOf(bank)).contains(new AccountBankDetailsSetEvent(bank, ACME_BANK));

        UUID receivables = UUID.randomUUID();
        axon.commands().sendAndWait(new OpenAccountCommand(receivables, "1400", "Forderungen", AccountType.ASSET, "EUR",
                BigDecimal.ZERO, null, "B.II.1"));
        assertThatThrownBy(() -> axon.commands().sendAndWait(new SetBankDetailsCommand(receivables, ACME_BANK)))
                .isInstanceOfSatisfying(CommandRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CommandRejectedException.Reason.RULE_VIOLATED));

        ibans.put(ACME_BANK.iban(), bank);
        UUID second = UUID.randomUUID();
        axon.commands().sendAndWait(new OpenAccountCommand(second, "1210", "Bank 2", AccountType.ASSET, "EUR", BigDecimal.ZERO, null, "B.IV"));
        assertThatThrownBy(() -> axon.commands().sendAndWait(new SetBankDetailsCommand(second, ACME_BANK)))
                .isInstanceOfSatisfying(CommandRejectedException.class, e -> assertThat(e.field()).isEqualTo("iban"));
    }
}
