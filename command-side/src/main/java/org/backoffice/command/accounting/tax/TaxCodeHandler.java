package org.backoffice.command.accounting.tax;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.backoffice.command.accounting.ledger.Account;
import org.backoffice.command.accounting.ledger.AccountFacts;
import org.backoffice.command.accounting.tax.TaxCodeCommands.AddTaxRateVersion;
import org.backoffice.command.accounting.tax.TaxCodeCommands.DefineTaxCode;
import org.backoffice.command.common.Load;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

import static org.backoffice.command.common.CommandRejectedException.notFound;

/** Loads a tax code and the accounts it names, asks, saves. */
@Component
public class TaxCodeHandler {

    private final Repository<TaxCode> taxCodes;
    private final Repository<Account> accounts;

    public TaxCodeHandler(@Qualifier("taxCodeRepository") Repository<TaxCode> taxCodes,
                          @Qualifier("accountRepository") Repository<Account> accounts) {
        this.taxCodes = taxCodes;
        this.accounts = accounts;
    }

    @CommandHandler
    public void handle(DefineTaxCode c) throws Exception {
        Aggregate<TaxCode> code = Load.forCreate(taxCodes, TaxCodeCommands.idOf(c.code()), TaxCode::new, "a tax code");
        Optional<AccountFacts> tax = facts(c.first().taxAccountId());
        Optional<AccountFacts> input = facts(c.first().inputTaxAccountId());
        code.execute(t -> t.define(c, tax, input));
    }

    @CommandHandler
    public void handle(AddTaxRateVersion c) {
        Aggregate<TaxCode> code = Load.find(taxCodes, TaxCodeCommands.idOf(c.code()), TaxCode::isDefined)
                .orElseThrow(() -> notFound("tax code " + c.code() + " does not exist"));
        Optional<AccountFacts> tax = facts(c.version().taxAccountId());
        Optional<AccountFacts> input = facts(c.version().inputTaxAccountId());
        code.execute(t -> t.addVersion(c.version(), tax, input));
    }

    private Optional<AccountFacts> facts(UUID accountId) {
        return accountId == null ? Optional.empty()
                : Load.find(accounts, accountId, Account::isOpened).map(a -> a.invoke(Account::facts));
    }
}
