package org.backoffice.command.accounting.chart;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.backoffice.command.accounting.ledger.Account;
import org.backoffice.command.accounting.ledger.AccountFacts;
import org.backoffice.command.accounting.ledger.AccountNumberRegistry;
import org.backoffice.command.accounting.ledger.LedgerContents;
import org.backoffice.command.accounting.ledger.OpenAccountCommand;
import org.backoffice.command.accounting.tax.TaxCode;
import org.backoffice.command.accounting.tax.TaxCodeCommands;
import org.backoffice.command.common.Load;
import org.backoffice.events.accounting.AccountGroups;
import org.backoffice.events.accounting.AccountGroups.TemplateAccount;
import org.backoffice.events.accounting.TaxKind;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Sets up an empty ledger from SKR03 or SKR04 in one unit of work: the chart's record, every
 * account of the template under its group, and the German tax codes on the template's tax
 * accounts. All or nothing: one database transaction.
 */
@Component
public class ChartTemplateHandler {

    /** 19 % since 1 January 2007, 7 % since 1 July 1983 (UStG § 12); the template starts both in 2007. */
    static final LocalDate RATES_SINCE = LocalDate.of(2007, 1, 1);

    /** A tax code of the templates: which role's accounts it posts to and where the VAT return reports it. */
    record TemplateTaxCode(String code, String name, TaxKind kind, String rate, String taxRole, String inputTaxRole,
                           String baseBox, String taxBox, String inputTaxBox) {
    }

    static final List<TemplateTaxCode> TAX_CODES = List.of(
            new TemplateTaxCode("USt19", "Umsatzsteuer 19 %", TaxKind.OUTPUT, "19", "OUTPUT_VAT_19", null, "81", null, null),
            new TemplateTaxCode("USt7", "Umsatzsteuer 7 %", TaxKind.OUTPUT, "7", "OUTPUT_VAT_7", null, "86", null, null),
            new TemplateTaxCode("VSt19", "Vorsteuer 19 %", TaxKind.INPUT, "19", "INPUT_VAT_19", null, null, "66", null),
            new TemplateTaxCode("VSt7", "Vorsteuer 7 %", TaxKind.INPUT, "7", "INPUT_VAT_7", null, null, "66", null),
            new TemplateTaxCode("RC19", "§ 13b UStG: sonstige Leistung eines im übrigen Gemeinschaftsgebiet ansässigen "
                    + "Unternehmers, 19 %", TaxKind.REVERSE_CHARGE, "19", "OUTPUT_VAT_13B_19", "INPUT_VAT_13B_19",
                    "46", "47", "67"),
            new TemplateTaxCode("IGL", "Steuerfreie innergemeinschaftliche Lieferung (§ 4 Nr. 1b UStG)",
                    TaxKind.TAX_FREE, "0", null, null, "41", null, null),
            new TemplateTaxCode("STFREI", "Steuerfreier Umsatz ohne Vorsteuerabzug (§ 4 Nr. 8 ff. UStG)",
                    TaxKind.TAX_FREE, "0", null, null, null, null, null));

    public record ChartApplied(AccountGroups.Template template, int accounts, int taxCodes) {
    }

    private final Repository<ChartOfAccounts> charts;
    private final Repository<Account> accounts;
    private final Repository<TaxCode> taxCodes;
    private final AccountNumberRegistry numbers;
    private final LedgerContents ledger;

    public ChartTemplateHandler(@Qualifier("chartOfAccountsRepository") Repository<ChartOfAccounts> charts,
                                @Qualifier("accountRepository") Repository<Account> accounts,
                                @Qualifier("taxCodeRepository") Repository<TaxCode> taxCodes,
                                AccountNumberRegistry numbers, LedgerContents ledger) {
        this.charts = charts;
        this.accounts = accounts;
        this.taxCodes = taxCodes;
        this.numbers = numbers;
        this.ledger = ledger;
    }

    @CommandHandler
    public ChartApplied handle(ApplyChartTemplateCommand c) throws Exception {
        Aggregate<ChartOfAccounts> chart = Load.forCreate(charts, ChartOfAccounts.ID, ChartOfAccounts::new, "the chart");
        boolean hasAccounts = ledger.hasAccounts();
        chart.execute(ch -> ch.apply(c.template(), c.currency(), hasAccounts));

        Map<String, AccountFacts> byRole = new HashMap<>();
        List<TemplateAccount> rows = c.template().accounts();
        for (TemplateAccount row : rows) {
            OpenAccountCommand open = new OpenAccountCommand(UUID.randomUUID(), row.number(), row.name(), row.type(),
                    c.currency(), BigDecimal.ZERO, null, row.group());
            Aggregate<Account> account = accounts.newInstance(() -> Account.opened(open, numbers));
            if (row.role() != null) {
                byRole.put(row.role(), account.invoke(Account::facts));
            }
        }
        int defined = 0;
        for (TemplateTaxCode t : TAX_CODES) {
            Optional<AccountFacts> tax = Optional.ofNullable(t.taxRole()).map(byRole::get);
            Optional<AccountFacts> input = Optional.ofNullable(t.inputTaxRole()).map(byRole::get);
            TaxCodeCommands.DefineTaxCode define = new TaxCodeCommands.DefineTaxCode(t.code(), t.name(), t.kind(),
                    t.baseBox(), t.taxBox(), t.inputTaxBox(), new TaxCodeCommands.Version(RATES_SINCE,
                    new BigDecimal(t.rate()), tax.map(AccountFacts::id).orElse(null),
                    input.map(AccountFacts::id).orElse(null)));
            taxCodes.newInstance(() -> TaxCode.defined(define, tax, input));
            defined++;
        }
        return new ChartApplied(c.template(), rows.size(), defined);
    }
}
