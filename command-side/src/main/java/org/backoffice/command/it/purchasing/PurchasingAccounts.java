package org.backoffice.command.it.purchasing;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.backoffice.command.it.purchasing.PurchasingCommands.SetPurchasingAccountsCommand;
import org.backoffice.events.accounting.AccountType;
import org.backoffice.events.it.purchasing.PurchasingAccountsSetEvent;

import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/** Accounting's decision where IT's purchases post: one per company, changed by accounting only. */
@Revision("1")
@Aggregate
public class PurchasingAccounts {

    public static final UUID ID = UUID.nameUUIDFromBytes("purchasing-accounts".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    @AggregateIdentifier
    private UUID id;
    private UUID fixedAssetAccountId;
    private UUID lowValueAccountId;
    private UUID depreciationAccountId;
    private UUID disposalAccountId;

    protected PurchasingAccounts() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SetPurchasingAccountsCommand c, PurchasingLedger ledger, PurchasingSettings settings) {
        String currency = settings.currency();
        ledger.refusal(c.fixedAssetAccountId(), currency, AccountType.ASSET).ifPresent(why -> {
            throw ruleViolated("fixedAssetAccountId", why);
        });
        ledger.refusal(c.lowValueAccountId(), currency, AccountType.EXPENSE, AccountType.ASSET).ifPresent(why -> {
            throw ruleViolated("lowValueAccountId", why);
        });
        ledger.refusal(c.depreciationAccountId(), currency, AccountType.EXPENSE).ifPresent(why -> {
            throw ruleViolated("depreciationAccountId", why);
        });
        ledger.refusal(c.disposalAccountId(), currency, AccountType.EXPENSE).ifPresent(why -> {
            throw ruleViolated("disposalAccountId", why);
        });
        if (!c.fixedAssetAccountId().equals(fixedAssetAccountId) || !c.lowValueAccountId().equals(lowValueAccountId)
                || !c.depreciationAccountId().equals(depreciationAccountId) || !c.disposalAccountId().equals(disposalAccountId)) {
            apply(new PurchasingAccountsSetEvent(c.fixedAssetAccountId(), c.lowValueAccountId(), c.depreciationAccountId(),
                    c.disposalAccountId()));
        }
    }

    @EventSourcingHandler
    void on(PurchasingAccountsSetEvent e) {
        id = ID;
        fixedAssetAccountId = e.fixedAssetAccountId();
        lowValueAccountId = e.lowValueAccountId();
        depreciationAccountId = e.depreciationAccountId();
        disposalAccountId = e.disposalAccountId();
    }
}
