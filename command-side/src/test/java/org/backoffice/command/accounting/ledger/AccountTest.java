package org.backoffice.command.accounting.ledger;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.backoffice.command.common.CommandRejectedException;
import org.backoffice.events.accounting.AccountClosedEvent;
import org.backoffice.events.accounting.AccountCreditedEvent;
import org.backoffice.events.accounting.AccountDebitedEvent;
import org.backoffice.events.accounting.AccountOpenedEvent;
import org.backoffice.events.accounting.AccountType;
import org.backoffice.events.accounting.Party;
import org.backoffice.events.accounting.PartyKind;
import org.backoffice.events.common.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AccountTest {

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID TX = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
    private final Map<String, UUID> numbers = new HashMap<>();
    private AggregateTestFixture<Account> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Account.class);
        fixture.registerInjectableResource((AccountNumberRegistry) number -> Optional.ofNullable(numbers.get(number)));
    }

    private static OpenAccountCommand openBank(BigDecimal overdraft) {
        return new OpenAccountCommand(ID, "1000", "Bank", AccountType.ASSET, "EUR", overdraft, null);
    }

    private static AccountOpenedEvent bankOpened(BigDecimal overdraft) {
        return new AccountOpenedEvent(ID, "1000", "Bank", AccountType.ASSET, "EUR", new Money(overdraft, "EUR"), null, null);
    }

    @Test
    void opensAnAccountWithAFreeNumber() {
        fixture.givenNoPriorActivity()
                .when(openBank(new BigDecimal("100")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(bankOpened(new BigDecimal("100")));
    }

    @Test
    void anOmittedOverdraftLimitIsZero() {
        fixture.givenNoPriorActivity()
                .when(openBank(null))
                .expectEvents(bankOpened(BigDecimal.ZERO));
    }

    @Test
    void anAccountsGroupMustExistAndBeInTheStatementOfItsType() {
        fixture.givenNoPriorActivity()
                .when(new OpenAccountCommand(ID, "8400", "Erlöse", AccountType.REVENUE, "EUR", null, null, "B.IV"))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("an account of type REVENUE is shown in PROFIT_AND_LOSS, but group B.IV is in ASSETS")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new OpenAccountCommand(ID, "8400", "Erlöse", AccountType.REVENUE, "EUR", null, null, "GUV.99"))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("there is no account group GUV.99")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new OpenAccountCommand(ID, "1400", "Forderungen", AccountType.ASSET, "EUR", new BigDecimal("5"), null, "B.II.1"))
                .expectException(CommandRejectedException.class)
                .expectNoEvents();
    }

    @Test
    void cannotOpenAnAccountWithANumberAlreadyTaken() {
        numbers.put("1000", UUID.randomUUID());
        fixture.givenNoPriorActivity()
                .when(openBank(null))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("account number 1000 is already taken")
                .expectNoEvents();
    }

    @Test
    void openingTheSameAccountAgainStoresNothingNew() {
        numbers.put("1000", ID);
        fixture.given(bankOpened(BigDecimal.ZERO))
                .when(openBank(null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void openingAgainUnderTheSameIdWithOtherDetailsIsAConflict() {
        fixture.given(bankOpened(BigDecimal.ZERO))
                .when(new OpenAccountCommand(ID, "1000", "Cash", AccountType.ASSET, "EUR", null, null))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("account " + ID + " already exists with different details")
                .expectNoEvents();
    }

    @Test
    void aCustomersAccountMustBeAnAssetAccount() {
        Party acme = new Party(PartyKind.CUSTOMER, UUID.randomUUID(), "ACME");
        fixture.givenNoPriorActivity()
                .when(new OpenAccountCommand(ID, "1200", "ACME", AccountType.REVENUE, "EUR", null, acme))
                .expectException(CommandRejectedException.class)
                .expectNoEvents();
    }

    @Test
    void aSuppliersAccountMustBeALiabilityAccount() {
        Party supplier = new Party(PartyKind.SUPPLIER, UUID.randomUUID(), "Paper Co");
        fixture.givenNoPriorActivity()
                .when(new OpenAccountCommand(ID, "1600", "Paper Co", AccountType.ASSET, "EUR", null, supplier))
                .expectException(CommandRejectedException.class)
                .expectNoEvents();
    }

    @Test
    void onlyABankOrCashAccountHasAnOverdraftLimit() {
        fixture.givenNoPriorActivity()
                .when(new OpenAccountCommand(ID, "4000", "Sales", AccountType.REVENUE, "EUR", BigDecimal.TEN, null))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("only a bank or cash account (ASSET, without party, in group B.IV or none) has an overdraft limit")
                .expectNoEvents();
    }

    @Test
    void theOverdraftLimitCannotBeNegative() {
        fixture.givenNoPriorActivity()
                .when(openBank(new BigDecimal("-1")))
                .expectException(CommandRejectedException.class)
                .expectNoEvents();
    }

    @Test
    void closesAnAccountWhoseBalanceIsZero() {
        fixture.given(bankOpened(BigDecimal.ZERO),
                        new AccountDebitedEvent(ID, TX, Money.of("10", "EUR"), "in"),
                        new AccountCreditedEvent(ID, UUID.randomUUID(), Money.of("10", "EUR"), "out"))
                .when(new CloseAccountCommand(ID))
                .expectEvents(new AccountClosedEvent(ID));
    }

    @Test
    void cannotCloseAccountWithNonZeroBalance() {
        fixture.given(bankOpened(BigDecimal.ZERO), new AccountDebitedEvent(ID, TX, Money.of("10", "EUR"), "in"))
                .when(new CloseAccountCommand(ID))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("account 1000 cannot be closed: its balance is 10.00 EUR, not zero")
                .expectNoEvents();
    }

    @Test
    void cannotCloseAnAccountTwice() {
        fixture.given(bankOpened(BigDecimal.ZERO), new AccountClosedEvent(ID))
                .when(new CloseAccountCommand(ID))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("account 1000 is already closed")
                .expectNoEvents();
    }

    @Test
    void aBankAccountMayNotBeCreditedBelowItsOverdraftLimit() {
        Account bank = replay(bankOpened(new BigDecimal("50")));
        assertThat(bank.refusalToCredit(Money.of("50.00", "EUR"))).isEmpty();
        assertThat(bank.refusalToCredit(Money.of("50.01", "EUR"))).get().asString()
                .contains("insufficient funds").contains("-50.01 EUR");
    }

    @Test
    void anAccountWithAPartyHasNoOverdraftFloor() {
        Party acme = new Party(PartyKind.CUSTOMER, UUID.randomUUID(), "ACME");
        Account receivable = replay(new AccountOpenedEvent(ID, "1200", "ACME", AccountType.ASSET, "EUR",
                Money.zero("EUR"), acme, null));
        assertThat(receivable.refusalToCredit(Money.of("1000", "EUR"))).isEmpty();
    }

    @Test
    void onlyBankAndCashHaveAnOverdraftFloorAmongAssetsWithoutParty() {
        Account receivables = replay(new AccountOpenedEvent(ID, "1400", "Receivables", AccountType.ASSET, "EUR",
                Money.zero("EUR"), null, "B.II.1"));
        assertThat(receivables.refusalToCredit(Money.of("10", "EUR"))).isEmpty();
        Account bank = replay(new AccountOpenedEvent(ID, "1200", "Bank", AccountType.ASSET, "EUR",
                Money.zero("EUR"), null, "B.IV"));
        assertThat(bank.refusalToCredit(Money.of("10", "EUR"))).get().asString().contains("insufficient funds");
    }

    @Test
    void aClosedAccountRefusesPostings() {
        Account bank = replay(bankOpened(BigDecimal.ZERO), new AccountClosedEvent(ID));
        assertThat(bank.refusalToDebit(Money.of("1", "EUR"))).get().asString().contains("closed");
        assertThat(bank.refusalToCredit(Money.of("1", "EUR"))).get().asString().contains("closed");
    }

    @Test
    void anAmountInAnotherCurrencyIsRefused() {
        Account bank = replay(bankOpened(BigDecimal.ZERO));
        assertThat(bank.refusalToDebit(Money.of("1", "USD"))).get().asString().contains("currency mismatch");
    }

    @Test
    void balancesFollowTheNormalSideOfTheAccountType() {
        Account revenue = replay(new AccountOpenedEvent(ID, "4000", "Sales", AccountType.REVENUE, "EUR",
                Money.zero("EUR"), null, null), new AccountCreditedEvent(ID, TX, Money.of("30", "EUR"), "sale"));
        // A credit-normal account with a positive balance of 30 cannot be closed: the balance is not zero.
        assertThat(revenue).extracting("balance").isEqualTo(Money.of("30.00", "EUR"));
    }

    /** The state an account reaches from these events, through its own event sourcing handlers. */
    private static Account replay(Object... events) {
        Account account = new Account();
        for (Object e : events) {
            try {
                var method = java.util.Arrays.stream(Account.class.getDeclaredMethods())
                        .filter(m -> m.getName().equals("on") && m.getParameterTypes()[0] == e.getClass())
                        .findFirst().orElseThrow();
                method.setAccessible(true);
                method.invoke(account, e);
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return account;
    }
}
