package org.backoffice.command.accounting.ledger;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.backoffice.events.accounting.AccountBankDetailsSetEvent;
import org.backoffice.events.accounting.AccountClosedEvent;
import org.backoffice.events.accounting.BankDetails;
import org.backoffice.events.accounting.AccountCreditedEvent;
import org.backoffice.events.accounting.AccountDebitedEvent;
import org.backoffice.events.accounting.AccountGroups;
import org.backoffice.events.accounting.AccountOpenedEvent;
import org.backoffice.events.accounting.AccountType;
import org.backoffice.events.accounting.EntryLeg;
import org.backoffice.events.accounting.EntrySide;
import org.backoffice.events.accounting.Party;
import org.backoffice.events.accounting.PartyKind;
import org.backoffice.events.common.Money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.backoffice.command.common.CommandRejectedException.conflict;
import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/**
 * A ledger account. It guards its own postings: the currency, the overdraft floor of an ASSET
 * account without party, and that a closed account takes no more postings. All legs of an
 * entry are decided by the {@link LedgerTransaction}, given each account's facts and what each
 * said of its legs ({@link #refusalToPost}); only then are they applied.
 */
// Snapshots hold this class's fields: change the revision whenever they change, and older
// snapshots are ignored (the aggregate is then rebuilt from its events).
@Revision("4") // 2: balance and overdraft limit are Money; 3: group; 4: bank details
@Aggregate(repository = "accountRepository")  // cached and snapshotted: infra AggregateLoadingConfiguration
public class Account {

    @AggregateIdentifier
    private UUID accountId;
    private String number;
    private String name;
    private AccountType type;
    private String currency;
    private Money overdraftLimit;
    private Party party;
    private String group;
    private BankDetails bankDetails;
    /** Signed by the account's normal side: debits minus credits for ASSET and EXPENSE. */
    private Money balance;
    private boolean closed;

    protected Account() {
        // for Axon
    }

    /**
     * Opening is idempotent on the client-chosen id: the same command again changes nothing,
     * a different one under the same id is a conflict.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(OpenAccountCommand command, AccountNumberRegistry numbers) {
        if (accountId != null) {
            if (!sameOpening(command)) {
                throw conflict("account " + command.accountId() + " already exists with different details");
            }
            return;
        }
        BigDecimal limit = command.overdraftLimit() == null ? BigDecimal.ZERO : command.overdraftLimit();
        validateOpening(command.type(), command.party(), limit, command.group());
        numbers.holderOf(command.number())
                .filter(holder -> !holder.equals(command.accountId()))
                .ifPresent(holder -> {
                    throw conflict("account number " + command.number() + " is already taken");
                });
        apply(new AccountOpenedEvent(command.accountId(), command.number(), command.name(), command.type(),
                command.currency(), new Money(limit, command.currency()), command.party(), command.group()));
    }

    /**
     * A new account opened by another step of the same unit of work (a chart template), under
     * the same rules as {@link #handle(OpenAccountCommand, AccountNumberRegistry)}; for
     * Repository.newInstance.
     */
    public static Account opened(OpenAccountCommand command, AccountNumberRegistry numbers) {
        Account account = new Account();
        account.handle(command, numbers);
        return account;
    }

    private static void validateOpening(AccountType type, Party party, BigDecimal limit, String group) {
        if (party != null && party.kind() == PartyKind.CUSTOMER && type != AccountType.ASSET) {
            throw ruleViolated("a customer's account is a receivable: it must be of type ASSET, not " + type);
        }
        if (party != null && party.kind() == PartyKind.SUPPLIER && type != AccountType.LIABILITY) {
            throw ruleViolated("a supplier's account is a payable: it must be of type LIABILITY, not " + type);
        }
        if (party != null && party.kind() == PartyKind.EMPLOYEE
                && type != AccountType.ASSET && type != AccountType.LIABILITY) {
            throw ruleViolated("an employee's account must be of type ASSET or LIABILITY, not " + type);
        }
        if (group != null) {
            AccountGroups.Group g = AccountGroups.find(group).orElseThrow(() -> ruleViolated("group",
                    "there is no account group " + group));
            if (g.statement() != AccountGroups.Statement.of(type)) {
                throw ruleViolated("group", "an account of type " + type + " is shown in "
                        + AccountGroups.Statement.of(type) + ", but group " + group + " is in " + g.statement());
            }
        }
        if (limit.signum() < 0) {
            throw ruleViolated("the overdraft limit cannot be negative");
        }
        if (limit.signum() > 0 && !AccountFacts.isBankOrCash(type, party, group)) {
            throw ruleViolated("only a bank or cash account (ASSET, without party, in group " + AccountGroups.CASH_AND_BANK
                    + " or none) has an overdraft limit");
        }
    }

    private boolean sameOpening(OpenAccountCommand c) {
        BigDecimal limit = c.overdraftLimit() == null ? BigDecimal.ZERO : c.overdraftLimit();
        return Objects.equals(number, c.number()) && Objects.equals(name, c.name()) && type == c.type()
                && Objects.equals(currency, c.currency()) && overdraftLimit.amount().compareTo(limit) == 0
                && Objects.equals(party, c.party()) && Objects.equals(group, c.group());
    }

    /**
     * A bank account's IBAN: only a bank or cash account without party has one here (a partner's
     * bank details are the partner's), and an IBAN belongs to one account. The same again changes
     * nothing.
     */
    @CommandHandler
    public void handle(SetBankDetailsCommand command, CompanyIbans ibans) {
        if (command.bankDetails().equals(bankDetails)) {
            return;
        }
        if (closed) {
            throw conflict("account " + number + " is closed");
        }
        if (!AccountFacts.isBankOrCash(type, party, group)) {
            throw ruleViolated("only a bank account (ASSET, without party, in group " + AccountGroups.CASH_AND_BANK
                    + " or none) has bank details; account " + number + " is not one");
        }
        ibans.holderOf(command.bankDetails().iban()).filter(holder -> !holder.equals(accountId)).ifPresent(holder -> {
            throw conflict("iban", "IBAN " + command.bankDetails().iban() + " is already account " + holder + "'s");
        });
        apply(new AccountBankDetailsSetEvent(accountId, command.bankDetails()));
    }

    @CommandHandler
    public void handle(CloseAccountCommand command) {
        if (closed) {
            throw conflict("account " + number + " is already closed");
        }
        if (balance.amount().signum() != 0) {
            throw conflict("account " + number + " cannot be closed: its balance is " + balance + ", not zero");
        }
        apply(new AccountClosedEvent(accountId));
    }

    /** Why this account cannot take the debit, or empty when it can. */
    public Optional<String> refusalToDebit(Money amount) {
        return refusalToPost(List.of(EntryLeg.debit(accountId, amount)));
    }

    /** Why this account cannot take the credit, or empty when it can. */
    public Optional<String> refusalToCredit(Money amount) {
        return refusalToPost(List.of(EntryLeg.credit(accountId, amount)));
    }

    /**
     * Why this account cannot take these legs of one entry together, or empty when it can: it is
     * closed, a leg is in another currency, or their net credit takes a bank or cash account below
     * its overdraft floor.
     */
    public Optional<String> refusalToPost(List<EntryLeg> legs) {
        if (closed) {
            return Optional.of("account " + number + " is closed");
        }
        Money after = balance;
        for (EntryLeg leg : legs) {
            if (!currency.equals(leg.amount().currency())) {
                return Optional.of("currency mismatch: account " + number + " is kept in " + currency
                        + ", the amount is in " + leg.amount().currency());
            }
            after = leg.side() == EntrySide.DEBIT ? after.plus(leg.amount()) : after.minus(leg.amount());
        }
        if (hasOverdraftFloor() && after.amount().compareTo(balance.amount()) < 0
                && after.amount().compareTo(overdraftLimit.amount().negate()) < 0) {
            return Optional.of("insufficient funds: account " + number + " would fall to "
                    + after + ", below its overdraft limit of " + overdraftLimit);
        }
        return Optional.empty();
    }

    /** Posts one leg of an entry; only after {@link #refusalToPost} said nothing of the entry's legs here. */
    public void post(UUID transactionId, EntryLeg leg, String text) {
        apply(leg.side() == EntrySide.DEBIT
                ? new AccountDebitedEvent(accountId, transactionId, leg.amount(), text)
                : new AccountCreditedEvent(accountId, transactionId, leg.amount(), text));
    }

    private boolean hasOverdraftFloor() {
        return AccountFacts.isBankOrCash(type, party, group);
    }

    /** What another aggregate may know of this account to decide with it. */
    public AccountFacts facts() {
        return new AccountFacts(accountId, number, type, party, group);
    }

    public boolean isOpened() {
        return accountId != null;
    }

    /** The company bank account's IBAN and BIC, if it has them. */
    public java.util.Optional<BankDetails> bankDetails() {
        return java.util.Optional.ofNullable(bankDetails);
    }

    public String currency() {
        return currency;
    }

    public boolean isClosed() {
        return closed;
    }

    @EventSourcingHandler
    void on(AccountOpenedEvent event) {
        accountId = event.accountId();
        number = event.number();
        name = event.name();
        type = event.type();
        currency = event.currency();
        overdraftLimit = event.overdraftLimit();
        party = event.party();
        group = event.group();
        balance = Money.zero(event.currency());
    }

    @EventSourcingHandler
    void on(AccountDebitedEvent event) {
        balance = type.isDebitNormal() ? balance.plus(event.amount()) : balance.minus(event.amount());
    }

    @EventSourcingHandler
    void on(AccountCreditedEvent event) {
        balance = type.isDebitNormal() ? balance.minus(event.amount()) : balance.plus(event.amount());
    }

    @EventSourcingHandler
    void on(AccountBankDetailsSetEvent event) {
        bankDetails = event.bankDetails();
    }

    @EventSourcingHandler
    void on(AccountClosedEvent event) {
        closed = true;
    }
}
