package org.backoffice.command.it.purchasing;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.backoffice.command.accounting.ledger.PostingPeriods;
import org.backoffice.command.it.asset.AssetDirectory;
import org.backoffice.command.it.purchasing.PurchasingCommands.OrderLine;
import org.backoffice.command.it.purchasing.PurchasingCommands.PlacePurchaseOrderCommand;
import org.backoffice.command.it.purchasing.PurchasingCommands.ReceivePurchaseOrderCommand;
import org.backoffice.command.it.purchasing.PurchasingCommands.ReceivedModel;
import org.backoffice.command.it.purchasing.PurchasingCommands.RecordPurchaseInvoicePostingCommand;
import org.backoffice.events.it.purchasing.PurchaseInvoicePostedEvent;
import org.backoffice.events.it.purchasing.PurchaseInvoicePostingFailedEvent;
import org.backoffice.events.it.purchasing.PurchaseOrderPlacedEvent;
import org.backoffice.events.it.purchasing.PurchaseOrderReceivedEvent;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.backoffice.command.common.CommandRejectedException.conflict;
import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/**
 * An order to one supplier. Receipts register the delivered devices and post the supplier's
 * invoice (PurchasingProcessor); never more of a model is received than was ordered, and every
 * serial number is new.
 */
@Revision("1")
@Aggregate
public class PurchaseOrder {

    @AggregateIdentifier
    private UUID orderId;
    private UUID supplierId;
    private final Map<UUID, PurchaseOrderPlacedEvent.Line> lines = new LinkedHashMap<>();
    private final Map<UUID, Integer> received = new HashMap<>();
    private final Set<UUID> receipts = new HashSet<>();
    private final Set<UUID> posted = new HashSet<>();
    private List<UUID> requestIds = List.of();

    protected PurchaseOrder() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(PlacePurchaseOrderCommand c, PurchasingDirectory directory) {
        if (orderId != null) {
            throw conflict("purchase order " + c.orderId() + " already exists");
        }
        List<PurchaseOrderPlacedEvent.Line> placed = new ArrayList<>();
        UUID supplier = null;
        Set<UUID> models = new HashSet<>();
        for (int i = 0; i < c.lines().size(); i++) {
            OrderLine line = c.lines().get(i);
            String field = "lines[" + i + "].modelId";
            var model = directory.model(line.modelId()).orElseThrow(() -> ruleViolated(field, "catalogue model " + line.modelId() + " does not exist"));
            if (model.discontinued()) {
                throw ruleViolated(field, model.name() + " is discontinued");
            }
            if (!models.add(model.modelId())) {
                throw ruleViolated(field, model.name() + " is on the order twice: one line per model");
            }
            if (supplier != null && !supplier.equals(model.supplierId())) {
                throw ruleViolated(field, model.name() + " comes from another supplier: one order goes to one supplier");
            }
            supplier = model.supplierId();
            placed.add(new PurchaseOrderPlacedEvent.Line(model.modelId(), model.type(), model.name(), line.quantity(), model.unitPrice(),
                    model.taxCode()));
        }
        for (int i = 0; i < c.requestIds().size(); i++) {
            UUID id = c.requestIds().get(i);
            String field = "requestIds[" + i + "]";
            var request = directory.request(id).orElseThrow(() -> ruleViolated(field, "device request " + id + " does not exist"));
            if (!"APPROVED".equals(request.status())) {
                throw ruleViolated(field, "device request " + id + " is " + request.status() + ": only an APPROVED one is ordered");
            }
            if (!models.contains(request.modelId())) {
                throw ruleViolated(field, "device request " + id + " was answered with a model this order does not buy");
            }
        }
        apply(new PurchaseOrderPlacedEvent(c.orderId(), supplier, placed, c.requestIds()));
    }

    /** The asset id of a device received: the same for the same receipt and serial number, so a resent receipt registers nothing twice. */
    static UUID assetId(UUID receiptId, String serialNumber) {
        return UUID.nameUUIDFromBytes(("purchase-receipt:" + receiptId + ":" + AssetDirectory.normalise(serialNumber))
                .getBytes(StandardCharsets.UTF_8));
    }

    @CommandHandler
    public void handle(ReceivePurchaseOrderCommand c, PurchasingDirectory directory, PurchasingLedger ledger, AssetDirectory assets,
                       PostingPeriods periods, PurchasingSettings settings) {
        if (receipts.contains(c.receiptId())) {
            return; // the same receipt sent again
        }
        var accounts = directory.accounts().orElseThrow(() -> ruleViolated(
                "accounting has not yet set where IT's purchases post (POST /api/v1/purchasing-accounts)"));
        periods.refusal(c.invoiceDate()).ifPresent(why -> {
            throw ruleViolated("invoiceDate", why);
        });
        UUID supplierAccount = ledger.supplierAccount(supplierId)
                .orElseThrow(() -> ruleViolated("the supplier " + supplierId + " is no longer a registered supplier"));
        List<PurchaseOrderReceivedEvent.Device> devices = new ArrayList<>();
        Set<String> serials = new HashSet<>();
        for (int i = 0; i < c.items().size(); i++) {
            ReceivedModel item = c.items().get(i);
            PurchaseOrderPlacedEvent.Line line = lines.get(item.modelId());
            if (line == null) {
                throw ruleViolated("items[" + i + "].modelId", "model " + item.modelId() + " is not on this order");
            }
            int open = line.quantity() - received.getOrDefault(item.modelId(), 0);
            if (item.serialNumbers().size() > open) {
                throw ruleViolated("items[" + i + "].serialNumbers", item.serialNumbers().size() + " " + line.name()
                        + " received, but only " + open + " of " + line.quantity() + " ordered are still open");
            }
            for (int j = 0; j < item.serialNumbers().size(); j++) {
                String serial = item.serialNumbers().get(j);
                String field = "items[" + i + "].serialNumbers[" + j + "]";
                if (!serials.add(AssetDirectory.normalise(serial))) {
                    throw ruleViolated(field, "serial number " + serial + " is twice in this receipt");
                }
                if (assets.holderOfSerial(serial).isPresent()) {
                    throw conflict(field, "serial number " + serial + " is already registered");
                }
                boolean fixedAsset = line.unitPrice().amount().compareTo(settings.threshold().amount()) > 0;
                devices.add(new PurchaseOrderReceivedEvent.Device(assetId(c.receiptId(), serial), line.modelId(), line.type(), line.name(),
                        serial, line.unitPrice(), line.taxCode(), fixedAsset ? settings.lifeOf(line.type()) : 0));
            }
        }
        if (devices.isEmpty()) {
            throw ruleViolated("items", "a receipt has at least one device");
        }
        apply(new PurchaseOrderReceivedEvent(orderId, c.receiptId(), supplierId, supplierAccount, c.invoiceNumber(), c.invoiceDate(),
                devices, settings.threshold(), accounts.fixedAssetAccountId(), accounts.lowValueAccountId(), accounts.depreciationAccountId(),
                accounts.disposalAccountId()));
    }

    @CommandHandler
    public void handle(RecordPurchaseInvoicePostingCommand c) {
        if (posted.contains(c.receiptId())) {
            return;
        }
        if (c.failure() == null) {
            apply(new PurchaseInvoicePostedEvent(orderId, c.receiptId(), c.entryId()));
        } else {
            apply(new PurchaseInvoicePostingFailedEvent(orderId, c.receiptId(), c.failure()));
        }
    }

    @EventSourcingHandler
    void on(PurchaseOrderPlacedEvent e) {
        orderId = e.orderId();
        supplierId = e.supplierId();
        e.lines().forEach(l -> lines.put(l.modelId(), l));
        requestIds = e.requestIds();
    }

    @EventSourcingHandler
    void on(PurchaseOrderReceivedEvent e) {
        receipts.add(e.receiptId());
        e.devices().forEach(d -> received.merge(d.modelId(), 1, Integer::sum));
    }

    @EventSourcingHandler
    void on(PurchaseInvoicePostedEvent e) {
        posted.add(e.receiptId());
    }
}
