package org.backoffice.command.it.purchasing;

import org.axonframework.modelling.command.Repository;
import org.backoffice.command.accounting.ledger.Account;
import org.backoffice.command.accounting.partner.Partner;
import org.backoffice.command.common.Load;
import org.backoffice.events.accounting.AccountType;
import org.backoffice.events.accounting.PartyKind;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** What purchasing needs to know of the ledger: a supplier's account, and whether an account can take its postings. */
@Component
public class PurchasingLedger {

    private final Repository<Partner> partners;
    private final Repository<Account> accounts;

    public PurchasingLedger(@Qualifier("partnerRepository") Repository<Partner> partners,
                            @Qualifier("accountRepository") Repository<Account> accounts) {
        this.partners = partners;
        this.accounts = accounts;
    }

    /** The supplier's personal account, or empty when it is no registered supplier. */
    public Optional<UUID> supplierAccount(UUID supplierId) {
        return Load.find(partners, supplierId, Partner::isRegistered)
                .filter(p -> p.invoke(Partner::kind) == PartyKind.SUPPLIER)
                .map(p -> p.invoke(Partner::accountId));
    }

    /** Why the account cannot take IT's purchases in that currency (of the expected types, of no party), or empty. */
    public Optional<String> refusal(UUID accountId, String currency, AccountType... types) {
        var account = Load.find(accounts, accountId, Account::isOpened);
        if (account.isEmpty()) {
            return Optional.of("account " + accountId + " does not exist");
        }
        var a = account.get();
        if (a.invoke(Account::isClosed)) {
            return Optional.of("account " + a.invoke(x -> x.facts().number()) + " is closed");
        }
        if (!a.invoke(Account::currency).equals(currency)) {
            return Optional.of("account " + a.invoke(x -> x.facts().number()) + " is kept in " + a.invoke(Account::currency));
        }
        var facts = a.invoke(Account::facts);
        if (facts.party() != null || java.util.Arrays.stream(types).noneMatch(t -> t == facts.type())) {
            return Optional.of("account " + facts.number() + " is " + facts.type() + (facts.party() == null ? "" : " of a partner")
                    + ": it must be " + java.util.Arrays.toString(types) + " of no partner");
        }
        return Optional.empty();
    }
}
