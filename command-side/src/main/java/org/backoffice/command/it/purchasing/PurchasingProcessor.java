package org.backoffice.command.it.purchasing;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.backoffice.command.accounting.ledger.PostJournalEntryCommand;
import org.backoffice.command.accounting.ledger.TaxLegs;
import org.backoffice.command.accounting.ledger.TaxRates;
import org.backoffice.command.common.OwnTransactions;
import org.backoffice.command.it.asset.AssetCommands.RegisterAssetCommand;
import org.backoffice.command.it.purchasing.PurchasingCommands.RecordPurchaseInvoicePostingCommand;
import org.backoffice.events.accounting.EntrySide;
import org.backoffice.events.common.Money;
import org.backoffice.events.it.purchasing.PurchaseOrderReceivedEvent;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A receipt's consequences, on their own: each delivered device registered in stock with its
 * serial number and net cost, and the supplier's invoice posted as a journal entry like any
 * other (series ER): each model's devices debited to the fixed-asset account, or to the
 * low-value account when one costs at most the threshold net, with the model's input tax code,
 * and the gross credited to the supplier, an open item due by the supplier's terms. The ids are
 * derived from the receipt, so a redelivery registers and posts nothing twice. A posting the
 * ledger refuses is recorded on the order with the reason (it does not hold up the processor).
 * Never replayed. Part of the "offboarding" processor, IT's one processor of side effects (one
 * event per transaction): each streaming processor reads the whole store, so a processor of its
 * own would cost its own stream and heap (the benchmark's application ran out of its 512 MiB with
 * one more while its read models caught up with three million events).
 */
@Component
@ProcessingGroup(org.backoffice.command.it.asset.OffboardingProcessor.PROCESSING_GROUP)
public class PurchasingProcessor {

    private final CommandGateway commands;
    private final TaxRates taxes;
    private final DepreciationRegister register;
    private final OwnTransactions ownTransactions = new OwnTransactions("purchase-invoice-posting");

    public PurchasingProcessor(CommandGateway commands, TaxRates taxes, DepreciationRegister register) {
        this.commands = commands;
        this.taxes = taxes;
        this.register = register;
    }

    /**
     * A retired fixed asset's book value is written off to the disposal account, dated the day of
     * the retirement (what the months since the last depreciation would have taken is part of it).
     */
    @EventHandler
    @DisallowReplay
    void on(org.backoffice.events.it.AssetRetiredEvent e, @org.axonframework.eventhandling.Timestamp java.time.Instant at) {
        register.bookValue(e.assetId()).ifPresent(book -> {
            java.time.LocalDate day = at.atZone(java.time.ZoneOffset.UTC).toLocalDate();
            UUID entry = null;
            if (book.value().amount().signum() > 0) {
                entry = UUID.nameUUIDFromBytes(("fixed-asset-disposal-entry:" + e.assetId()).getBytes(StandardCharsets.UTF_8));
                commands.sendAndWait(new PostJournalEntryCommand(entry, null, "AFA", day, day, "Anlagenabgang " + e.assetId().toString()
                        .substring(0, 8) + ": Restbuchwert", List.of(
                        new PostJournalEntryCommand.Line(book.disposalAccountId(), EntrySide.DEBIT, book.value()),
                        new PostJournalEntryCommand.Line(book.assetAccountId(), EntrySide.CREDIT, book.value()))));
            }
            commands.sendAndWait(new FixedAssetDisposal.RecordDisposal(FixedAssetDisposal.idOf(e.assetId()), e.assetId(), day,
                    book.value(), entry));
        });
    }

    public static UUID entryId(UUID receiptId) {
        return UUID.nameUUIDFromBytes(("purchase-invoice:" + receiptId).getBytes(StandardCharsets.UTF_8));
    }

    @EventHandler
    @DisallowReplay
    void on(PurchaseOrderReceivedEvent e) {
        for (var d : e.devices()) {
            commands.sendAndWait(new RegisterAssetCommand(d.assetId(), d.type(), d.serialNumber(), d.name(), e.invoiceDate(),
                    d.unitPrice(), null));
        }
        UUID entry = entryId(e.receiptId());
        String failure;
        try {
            PostJournalEntryCommand post = invoice(e, entry);
            failure = ownTransactions.run(() -> commands.sendAndWait(post)).orElse(null);
        } catch (IllegalStateException | IllegalArgumentException e1) {
            failure = e1.getMessage();
        }
        commands.sendAndWait(new RecordPurchaseInvoicePostingCommand(e.orderId(), e.receiptId(), failure == null ? entry : null, failure));
    }

    /** The supplier's invoice: per model and account the net with its tax code; the gross to the supplier. */
    PostJournalEntryCommand invoice(PurchaseOrderReceivedEvent e, UUID entry) {
        record Key(UUID modelId, UUID accountId, String taxCode) {
        }
        Map<Key, Money> net = new LinkedHashMap<>();
        for (var d : e.devices()) {
            boolean lowValue = d.unitPrice().amount().compareTo(e.lowValueThreshold().amount()) <= 0;
            net.merge(new Key(d.modelId(), lowValue ? e.lowValueAccountId() : e.fixedAssetAccountId(), d.taxCode()), d.unitPrice(), Money::plus);
        }
        List<PostJournalEntryCommand.Line> lines = new ArrayList<>();
        Money gross = null;
        for (var n : net.entrySet()) {
            var rate = taxes.rateOn(n.getKey().taxCode(), e.invoiceDate())
                    .orElseThrow(() -> new IllegalStateException("tax code " + n.getKey().taxCode() + " is not in force on " + e.invoiceDate()));
            lines.add(new PostJournalEntryCommand.Line(n.getKey().accountId(), EntrySide.DEBIT, n.getValue(), n.getKey().taxCode()));
            // Only input tax is owed to the supplier: reverse charge is the buyer's own, tax-free has none.
            Money withTax = rate.kind() == org.backoffice.events.accounting.TaxKind.INPUT
                    ? n.getValue().plus(TaxLegs.taxOf(n.getValue(), rate.rate(), false)) : n.getValue();
            gross = gross == null ? withTax : gross.plus(withTax);
        }
        lines.add(new PostJournalEntryCommand.Line(e.supplierAccountId(), EntrySide.CREDIT, gross));
        String text = "Rechnung " + e.invoiceNumber() + " zur Bestellung " + e.orderId().toString().substring(0, 8) + ": "
                + e.devices().size() + " Gerät" + (e.devices().size() == 1 ? "" : "e");
        return new PostJournalEntryCommand(entry, null, "ER", e.invoiceDate(), e.invoiceDate(), text, lines);
    }
}
