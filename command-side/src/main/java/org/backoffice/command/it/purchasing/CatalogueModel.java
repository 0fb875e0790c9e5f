package org.backoffice.command.it.purchasing;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.backoffice.command.accounting.ledger.TaxRates;
import org.backoffice.command.it.purchasing.PurchasingCommands.AddCatalogueModelCommand;
import org.backoffice.command.it.purchasing.PurchasingCommands.DiscontinueCatalogueModelCommand;
import org.backoffice.events.common.Money;
import org.backoffice.events.it.AssetType;
import org.backoffice.events.it.purchasing.CatalogueModelAddedEvent;
import org.backoffice.events.it.purchasing.CatalogueModelDiscontinuedEvent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.backoffice.command.common.CommandRejectedException.conflict;
import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/** A standard model of the catalogue: what IT chooses from and orders. */
@Revision("1")
@Aggregate
public class CatalogueModel {

    @AggregateIdentifier
    private UUID modelId;
    private AssetType type;
    private String name;
    private String specs;
    private UUID supplierId;
    private Money unitPrice;
    private String taxCode;
    private boolean discontinued;

    protected CatalogueModel() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AddCatalogueModelCommand c, PurchasingLedger ledger, TaxRates taxes, Clock clock) {
        if (modelId != null) {
            if (type != c.type() || !name.equals(c.name()) || !Objects.equals(specs, c.specs()) || !supplierId.equals(c.supplierId())
                    || !unitPrice.equals(c.unitPrice()) || !taxCode.equals(c.taxCode())) {
                throw conflict("catalogue model " + c.modelId() + " already exists with different details");
            }
            return;
        }
        if (c.unitPrice().amount().signum() < 0) {
            throw ruleViolated("unitPrice", "the price cannot be negative");
        }
        if (ledger.supplierAccount(c.supplierId()).isEmpty()) {
            throw ruleViolated("supplierId", "partner " + c.supplierId() + " is no registered supplier");
        }
        var rate = taxes.rateOn(c.taxCode(), LocalDate.now(clock))
                .orElseThrow(() -> ruleViolated("taxCode", "tax code " + c.taxCode() + " is unknown or not in force today"));
        if (rate.kind() == org.backoffice.events.accounting.TaxKind.OUTPUT) {
            throw ruleViolated("taxCode", "tax code " + c.taxCode() + " is output tax: a purchase takes input tax, reverse charge or none");
        }
        apply(new CatalogueModelAddedEvent(c.modelId(), c.type(), c.name(), c.specs(), c.supplierId(), c.unitPrice(), c.taxCode()));
    }

    @CommandHandler
    public void handle(DiscontinueCatalogueModelCommand c) {
        if (!discontinued) {
            apply(new CatalogueModelDiscontinuedEvent(modelId));
        }
    }

    @EventSourcingHandler
    void on(CatalogueModelAddedEvent e) {
        modelId = e.modelId();
        type = e.type();
        name = e.name();
        specs = e.specs();
        supplierId = e.supplierId();
        unitPrice = e.unitPrice();
        taxCode = e.taxCode();
    }

    @EventSourcingHandler
    void on(CatalogueModelDiscontinuedEvent e) {
        discontinued = true;
    }
}
