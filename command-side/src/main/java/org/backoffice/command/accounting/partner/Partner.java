package org.backoffice.command.accounting.partner;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.backoffice.command.accounting.ledger.Settlement;
import org.backoffice.command.accounting.partner.PartnerCommands.RegisterPartner;
import org.axonframework.serialization.Revision;
import org.backoffice.events.accounting.BankDetails;
import org.backoffice.events.accounting.OpenItemBookedEvent;
import org.backoffice.events.accounting.OpenItemSettledEvent;
import org.backoffice.events.accounting.PartnerDocumentReversedEvent;
import org.backoffice.events.accounting.PartnerPaymentBookedEvent;
import org.backoffice.events.common.Money;
import org.backoffice.events.accounting.PartnerBankDetailsChangedEvent;
import org.backoffice.events.accounting.PartnerRegisteredEvent;
import org.backoffice.events.accounting.PartyKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.backoffice.command.common.CommandRejectedException.conflict;
import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/**
 * A customer or supplier: its name, bank details, payment terms and personal account, and its
 * open items. Every entry on its account in the claims' direction (an invoice) is an open item;
 * every entry against it (a payment, a credit note) is a payment whose amount settles items or
 * stays unallocated. The partner guards the allocations: an item is never settled beyond what it
 * owes, a payment never allocated beyond what it paid, and only between documents of this partner.
 */
// Cached (infra AggregateLoadingConfiguration): change the revision whenever the fields change.
@Revision("1")
@Aggregate(repository = "partnerRepository")
public class Partner {

    @AggregateIdentifier
    private UUID partnerId;
    private PartyKind kind;
    private String name;
    private BankDetails bankDetails;
    private int paymentTermDays;
    private UUID accountId;
    /** The documents on the account, by entry id: open items and payments, reversed ones too. */
    private Map<UUID, Document> documents = new LinkedHashMap<>();
    /** The later allocations by their client's id. */
    private Map<UUID, Allocation> allocationIds = new LinkedHashMap<>();

    /** An invoice (claim) or a payment on the account, and how much of it is allocated to whom. */
    static final class Document {
        private boolean item;
        private BigDecimal amount;
        private String currency;
        private boolean reversed;
        /** The other side of each allocation: payment → amount for an item, item → amount for a payment. */
        private Map<UUID, BigDecimal> allocations = new LinkedHashMap<>();

        private Document() {
            // for the snapshot serializer
        }

        Document(boolean item, Money amount) {
            this.item = item;
            this.amount = amount.amount();
            this.currency = amount.currency();
        }

        BigDecimal allocated() {
            return allocations.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** What an item still owes, or what a payment has left to allocate; nothing once reversed. */
        BigDecimal open() {
            return reversed ? BigDecimal.ZERO : amount.subtract(allocated());
        }
    }

    public Partner() {
        // for Axon and loadOrCreate
    }

    public boolean isRegistered() {
        return partnerId != null;
    }

    /** The same registration again (its account number was the client's or drawn, so not compared). */
    boolean isSameRegistration(RegisterPartner c) {
        return kind == c.kind() && Objects.equals(name, c.name()) && Objects.equals(bankDetails, c.bankDetails())
                && paymentTermDays == c.paymentTermDays();
    }

    public UUID accountId() {
        return accountId;
    }

    static void requireKind(PartyKind kind) {
        if (kind != PartyKind.CUSTOMER && kind != PartyKind.SUPPLIER) {
            throw ruleViolated("kind", "a business partner is a CUSTOMER or a SUPPLIER (employees are HR's)");
        }
    }

    void register(RegisterPartner c, UUID openedAccount) {
        apply(new PartnerRegisteredEvent(c.partnerId(), c.kind(), c.name(), c.bankDetails(), c.paymentTermDays(),
                openedAccount));
    }

    void changeBankDetails(BankDetails details) {
        if (!details.equals(bankDetails)) {
            apply(new PartnerBankDetailsChangedEvent(partnerId, details));
        }
    }

    public UUID partnerId() {
        return partnerId;
    }

    public PartyKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public java.util.Optional<BankDetails> bankDetails() {
        return java.util.Optional.ofNullable(bankDetails);
    }

    /** What each open item (not reversed, not settled) still owes, by item id, in booking order. */
    public Map<UUID, BigDecimal> openItems() {
        Map<UUID, BigDecimal> open = new LinkedHashMap<>();
        documents.forEach((id, d) -> {
            if (d.item && d.open().signum() > 0) {
                open.put(id, d.open());
            }
        });
        return open;
    }

    boolean holdsItem(UUID itemId) {
        Document d = documents.get(itemId);
        return d != null && d.item;
    }

    /**
     * An entry put net on this partner's account, signed in the claims' direction: an invoice
     * (positive) opens an item due on dueDate, or on the document date plus the payment terms; a
     * payment or credit note (negative) settles the given items (by their index in the
     * entry's settles), and the rest stays unallocated.
     */
    void book(UUID entryId, String documentNumber, LocalDate documentDate, LocalDate bookingDate, Money net,
              LocalDate dueDate, Map<Integer, Settlement> settles) {
        if (net.isPositive()) {
            LocalDate due = dueDate != null ? dueDate : documentDate.plusDays(paymentTermDays);
            if (due.isBefore(documentDate)) {
                throw ruleViolated("dueDate", "the due date " + due + " is before the document date " + documentDate);
            }
            apply(new OpenItemBookedEvent(partnerId, entryId, documentNumber, documentDate, bookingDate, due, net));
            return;
        }
        Money paid = net.negate();
        if (paid.isPositive()) {
            apply(new PartnerPaymentBookedEvent(partnerId, entryId, documentNumber, bookingDate, paid));
            settles.forEach((i, s) -> allocate(entryId, s, "settles[" + i + "]", null));
        }
    }

    /**
     * Allocate part of a payment to an open item: both this partner's, neither reversed, the
     * amount positive, in their currency, and within what the item owes and the payment has left.
     */
    private void allocate(UUID paymentId, Settlement s, String field, UUID allocationId) {
        String prefix = field.isEmpty() ? "" : field + ".";
        Document item = documents.get(s.itemId());
        if (item == null || !item.item) {
            throw ruleViolated(prefix + "itemId", "there is no open item " + s.itemId() + " of " + name);
        }
        Document payment = documents.get(paymentId);
        if (payment == null || payment.item) {
            throw ruleViolated("paymentId", "there is no payment " + paymentId + " of " + name);
        }
        if (!s.amount().isPositive()) {
            throw ruleViolated(prefix + "amount", "an allocation must be greater than zero");
        }
        if (!s.amount().currency().equals(item.currency)) {
            throw ruleViolated(prefix + "amount.currency", "the item is in " + item.currency);
        }
        if (item.reversed) {
            throw ruleViolated(prefix + "itemId", "the item " + s.itemId() + " was reversed");
        }
        if (payment.reversed) {
            throw ruleViolated("paymentId", "the payment " + paymentId + " was reversed");
        }
        if (s.amount().amount().compareTo(item.open()) > 0) {
            throw ruleViolated(prefix + "amount", "the item " + s.itemId() + " owes only " + item.open().toPlainString()
                    + " " + item.currency);
        }
        if (s.amount().amount().compareTo(payment.open()) > 0) {
            throw ruleViolated(prefix + "amount", "the payment has only " + payment.open().toPlainString() + " "
                    + payment.currency + " left to allocate");
        }
        apply(new OpenItemSettledEvent(partnerId, s.itemId(), paymentId, s.amount(), allocationId));
    }

    /**
     * A later allocation of a payment's unallocated rest, idempotent on the client's id: the same
     * allocation again changes nothing, another one under that id is a conflict.
     */
    void allocate(UUID allocationId, UUID paymentId, Settlement s) {
        Allocation done = allocationIds.get(allocationId);
        if (done != null) {
            if (!done.equals(new Allocation(paymentId, s.itemId(), s.amount()))) {
                throw conflict("allocation " + allocationId + " already exists with different details");
            }
            return;
        }
        allocate(paymentId, s, "", allocationId);
    }

    /** A later allocation as it was asked for. */
    record Allocation(UUID paymentId, UUID itemId, Money amount) {
    }

    /** The entry documentId was reversed by reversalId: close it and undo its allocations. */
    void reverse(UUID documentId, UUID reversalId, LocalDate reversalDate) {
        Document d = documents.get(documentId);
        if (d != null && !d.reversed) {
            apply(new PartnerDocumentReversedEvent(partnerId, documentId, reversalId, reversalDate));
        }
    }

    @EventSourcingHandler
    void on(OpenItemBookedEvent e) {
        documents.put(e.itemId(), new Document(true, e.amount()));
    }

    @EventSourcingHandler
    void on(PartnerPaymentBookedEvent e) {
        documents.put(e.paymentId(), new Document(false, e.amount()));
    }

    @EventSourcingHandler
    void on(OpenItemSettledEvent e) {
        if (e.allocationId() != null) {
            allocationIds.put(e.allocationId(), new Allocation(e.paymentId(), e.itemId(), e.amount()));
        }
        documents.get(e.itemId()).allocations.merge(e.paymentId(), e.amount().amount(), BigDecimal::add);
        documents.get(e.paymentId()).allocations.merge(e.itemId(), e.amount().amount(), BigDecimal::add);
    }

    @EventSourcingHandler
    void on(PartnerDocumentReversedEvent e) {
        Document d = documents.get(e.documentId());
        d.reversed = true;
        for (UUID other : d.allocations.keySet()) {
            documents.get(other).allocations.remove(e.documentId());
        }
        d.allocations.clear();
    }

    @EventSourcingHandler
    void on(PartnerRegisteredEvent e) {
        partnerId = e.partnerId();
        kind = e.kind();
        name = e.name();
        bankDetails = e.bankDetails();
        paymentTermDays = e.paymentTermDays();
        accountId = e.accountId();
    }

    @EventSourcingHandler
    void on(PartnerBankDetailsChangedEvent e) {
        bankDetails = e.bankDetails();
    }
}
