package org.backoffice.command.accounting.closing;

import org.axonframework.modelling.command.Repository;
import org.backoffice.command.accounting.chart.ChartOfAccounts;
import org.backoffice.command.accounting.ledger.Account;
import org.backoffice.command.accounting.ledger.AccountFacts;
import org.backoffice.command.accounting.ledger.AccountNumberRegistry;
import org.backoffice.command.accounting.ledger.PostJournalEntryCommand;
import org.backoffice.command.accounting.ledger.TransactionOutcome;
import org.backoffice.command.accounting.ledger.TransactionPostingHandler;
import org.backoffice.command.common.Load;
import org.backoffice.events.accounting.AccountGroups;
import org.backoffice.events.accounting.AccountType;
import org.backoffice.events.accounting.EntrySide;
import org.backoffice.events.accounting.FiscalYearClosedEvent.CarriedBalance;
import org.backoffice.events.common.Money;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/**
 * The entries of the year-end: the profit and loss closed into the chart's profit (or loss)
 * carried forward account, and the opening balances of a company's first year.
 */
@Component
public class YearEndEntries {

    private final TransactionPostingHandler postings;
    private final Repository<Account> accounts;
    private final Repository<ChartOfAccounts> charts;
    private final AccountNumberRegistry numbers;

    public YearEndEntries(TransactionPostingHandler postings, @Qualifier("accountRepository") Repository<Account> accounts,
                          @Qualifier("chartOfAccountsRepository") Repository<ChartOfAccounts> charts,
                          AccountNumberRegistry numbers) {
        this.postings = postings;
        this.accounts = accounts;
        this.charts = charts;
        this.numbers = numbers;
    }

    record Closing(UUID entryId, String currency, BigDecimal result, List<CarriedBalance> carried) {
    }

    /**
     * Every income and expense account's balance of the year reversed against the profit carried
     * forward account (a profit) or the loss carried forward account (a loss), dated the year's last
     * day; then the balance-sheet accounts' balances: those carried in, the year's movements and
     * that entry.
     */
    Closing close(int year, Books.YearEnd plan) throws Exception {
        String currency = chartCurrency();
        Map<UUID, BigDecimal> carried = new TreeMap<>();
        plan.carried().forEach(c -> carried.merge(c.accountId(), c.balance(), BigDecimal::add));
        Map<UUID, String> currencies = new TreeMap<>();
        plan.carried().forEach(c -> currencies.put(c.accountId(), c.currency()));
        List<PostJournalEntryCommand.Line> lines = new ArrayList<>();
        BigDecimal profitAndLoss = BigDecimal.ZERO; // debits minus credits of the income and expense accounts
        for (Map.Entry<String, BigDecimal[]> m : plan.movements().entrySet()) {
            String[] key = m.getKey().split(";");
            UUID id = UUID.fromString(key[0]);
            BigDecimal balance = m.getValue()[0].subtract(m.getValue()[1]);
            AccountFacts facts = Load.find(accounts, id, Account::isOpened).map(a -> a.invoke(Account::facts))
                    .orElseThrow(() -> new IllegalStateException("the account " + id + " of a seal does not exist"));
            if (facts.type() == AccountType.REVENUE || facts.type() == AccountType.EXPENSE) {
                if (balance.signum() == 0) {
                    continue;
                }
                if (!key[1].equals(currency)) {
                    throw ruleViolated("the income or expense account " + facts.number() + " has a balance in " + key[1]
                            + ": the year is closed in " + currency + " only");
                }
                lines.add(new PostJournalEntryCommand.Line(id, balance.signum() > 0 ? EntrySide.CREDIT : EntrySide.DEBIT,
                        new Money(balance.abs(), currency)));
                profitAndLoss = profitAndLoss.add(balance);
            } else {
                carried.merge(id, balance, BigDecimal::add);
                currencies.put(id, key[1]);
            }
        }
        BigDecimal result = profitAndLoss.negate(); // credits over debits: a profit
        UUID entryId = null;
        if (!lines.isEmpty()) {
            boolean profit = result.signum() >= 0;
            UUID retained = roleAccount(profit ? "PROFIT_CARRIED_FORWARD" : "LOSS_CARRIED_FORWARD");
            if (result.signum() != 0) {
                lines.add(new PostJournalEntryCommand.Line(retained, profit ? EntrySide.CREDIT : EntrySide.DEBIT,
                        new Money(result.abs(), currency)));
                carried.merge(retained, result.negate(), BigDecimal::add);
                currencies.put(retained, currency);
            }
            entryId = UUID.nameUUIDFromBytes(("year-end " + year).getBytes(StandardCharsets.UTF_8));
            if (lines.size() > 200) {
                throw ruleViolated("more than 199 income and expense accounts have a balance, more than an entry takes: "
                        + "close some of them into one account by a journal entry first");
            }
            TransactionOutcome outcome = postings.postYearEndEntry(new PostJournalEntryCommand(entryId, null, "JA",
                    plan.end(), plan.end(), "Jahresabschluss " + year + ": " + (profit ? "Gewinn" : "Verlust")
                    + " auf " + (profit ? "Gewinnvortrag" : "Verlustvortrag"), lines));
            if (outcome.status() != TransactionOutcome.Status.COMPLETED) {
                throw ruleViolated("the profit and loss entry could not be posted: " + outcome.reason());
            }
        }
        List<CarriedBalance> balances = new ArrayList<>();
        carried.forEach((id, balance) -> {
            if (balance.signum() != 0) {
                balances.add(new CarriedBalance(id, currencies.get(id), balance));
            }
        });
        return new Closing(entryId, currency, result, balances);
    }

    TransactionOutcome enterOpeningBalances(BooksCommands.EnterOpeningBalances c, LocalDate day) throws Exception {
        for (int i = 0; i < c.lines().size(); i++) {
            UUID id = c.lines().get(i).accountId();
            Optional<AccountFacts> facts = Load.find(accounts, id, Account::isOpened).map(a -> a.invoke(Account::facts));
            if (facts.isPresent() && (facts.get().type() == AccountType.REVENUE || facts.get().type() == AccountType.EXPENSE)) {
                throw ruleViolated("lines[" + i + "].accountId", "opening balances are balance-sheet accounts': "
                        + facts.get().number() + " is an income or expense account");
            }
        }
        return postings.handle(new PostJournalEntryCommand(c.entryId(), null, "EB", day, day,
                "Eröffnungsbilanzwerte " + day.getYear(), c.lines()));
    }

    private String chartCurrency() {
        return Load.find(charts, ChartOfAccounts.ID, ch -> ch.template() != null).map(ch -> ch.invoke(ChartOfAccounts::currency))
                .orElse("EUR");
    }

    /** The chart's account for a purpose (the profit carried forward, say), by its template's number. */
    private UUID roleAccount(String role) {
        AccountGroups.Template template = Load.find(charts, ChartOfAccounts.ID, ch -> ch.template() != null)
                .map(ch -> ch.invoke(ChartOfAccounts::template))
                .orElseThrow(() -> ruleViolated("the year's result is closed into the chart's carried forward account: "
                        + "set the chart of accounts up from a template first"));
        String number = template.accounts().stream().filter(a -> role.equals(a.role())).findFirst()
                .orElseThrow(() -> new IllegalStateException("the template " + template + " has no account for " + role))
                .number();
        return numbers.holderOf(number).orElseThrow(() -> ruleViolated("the chart's account " + number + " ("
                + role + ") does not exist"));
    }
}
