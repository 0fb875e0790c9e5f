package org.backoffice.command.accounting.bank;

import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.backoffice.command.accounting.ledger.Account;
import org.backoffice.command.accounting.ledger.DocumentNumbers;
import org.backoffice.command.accounting.ledger.LedgerTransaction;
import org.backoffice.command.accounting.ledger.Settlement;
import org.backoffice.command.accounting.partner.Partner;
import org.backoffice.command.common.Load;
import org.backoffice.events.accounting.BankEntry;
import org.backoffice.events.accounting.EntryLeg;
import org.backoffice.events.accounting.EntrySide;
import org.backoffice.events.accounting.PartyKind;
import org.backoffice.events.common.Money;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what a bank statement entry is, with certainty or not at all. The rules, in order:
 * <ol>
 * <li><b>OUR_TRANSFER</b> — money out whose transactions each carry the end-to-end id of a
 * payment we booked from a payment run (not reversed, not confirmed before), adding up to the
 * entry: the bank executed them; the amounts move from money in transit to the bank.</li>
 * <li><b>RETURN</b> — money in, marked as a return (a reason code) or reversal, naming by
 * end-to-end id one of our confirmed payments of that amount: the transfer came back (closed
 * account, say); the payment is reversed, so its items are open again, and the bank gets the
 * money back from transit.</li>
 * <li><b>CUSTOMER_REFERENCE</b> — money in whose remittance (unstructured text or structured
 * creditor reference, RF prefix and check digits taken off) names document numbers (in any case) of open
 * items, all of one customer: posted as that customer's payment, settling those items in due
 * order as far as the amount goes, the rest unallocated.</li>
 * <li><b>CUSTOMER_IBAN_AMOUNT</b> — money in without such a reference, from an IBAN that
 * belongs to exactly one customer who has exactly one open item of exactly that amount: it
 * pays that item.</li>
 * </ol>
 * Anything else waits unmatched, with the reason; nothing is guessed.
 */
@Component
public class BankEntryMatcher {

    /** Words of a remittance that can be a document number (DATEV's document field characters). */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9$&%*+\\-/]{2,36}");
    private static final Pattern CREDITOR_REFERENCE = Pattern.compile("RF[0-9]{2}([A-Za-z0-9]{1,21})");

    private final Repository<Partner> partners;
    private final Repository<LedgerTransaction> transactions;
    private final Repository<Account> accounts;
    private final DocumentNumbers documentNumbers;
    private final PartnerIbans partnerIbans;

    public BankEntryMatcher(@Qualifier("partnerRepository") Repository<Partner> partners,
                            @Qualifier("ledgerTransactionRepository") Repository<LedgerTransaction> transactions,
                            @Qualifier("accountRepository") Repository<Account> accounts,
                            DocumentNumbers documentNumbers, PartnerIbans partnerIbans) {
        this.partners = partners;
        this.transactions = transactions;
        this.accounts = accounts;
        this.documentNumbers = documentNumbers;
        this.partnerIbans = partnerIbans;
    }

    /** What to do with an entry. */
    public sealed interface Decision {
    }

    /**
     * Our transfers executed: per payment, its amount from transit (its credit account) to the bank;
     * transitAccountId empty when the payment credited the bank itself (nothing left to book).
     */
    public record OurTransfers(List<Transfer> transfers) implements Decision {
    }

    public record Transfer(UUID paymentId, UUID transitAccountId, Money amount) {
    }

    /** One of our transfers came back: reverse the payment, the bank takes the money back from transit. */
    public record Returned(Transfer transfer, String reason) implements Decision {
    }

    /** A customer's payment: post it on the customer's account, settling these items. */
    public record CustomerPayment(String how, UUID partnerId, UUID partnerAccountId, String partnerName,
                                  List<Settlement> settles) implements Decision {
    }

    public record Unmatched(String reason) implements Decision {
    }

    /** The id of the entry that confirms a transfer: one per payment, so a transfer is confirmed once. */
    public static UUID clearingOf(UUID paymentId) {
        return UUID.nameUUIDFromBytes(("bank-clearing:" + paymentId).getBytes(StandardCharsets.UTF_8));
    }

    /** The ids of the reversal of a returned payment and of the bank's side of the return. */
    public static UUID returnOf(UUID paymentId) {
        return UUID.nameUUIDFromBytes(("bank-return:" + paymentId).getBytes(StandardCharsets.UTF_8));
    }

    public static UUID returnClearingOf(UUID paymentId) {
        return UUID.nameUUIDFromBytes(("bank-return-clearing:" + paymentId).getBytes(StandardCharsets.UTF_8));
    }

    public Decision decide(BankEntry entry) {
        boolean out = entry.side() == EntrySide.DEBIT;
        boolean returned = entry.reversal() || entry.details().stream().anyMatch(d -> d.returnReason() != null);
        if (out) {
            return ourTransfers(entry);
        }
        if (returned) {
            return returnOfOurTransfer(entry);
        }
        if (entry.details().size() > 1) {
            return new Unmatched("a batch of " + entry.details().size() + " incoming transactions: assign it by hand");
        }
        BankEntry.Details details = entry.details().isEmpty() ? null : entry.details().get(0);
        return customerPayment(entry, details);
    }

    private Decision ourTransfers(BankEntry entry) {
        if (entry.reversal()) {
            return new Unmatched("money out marked as a reversal: assign it by hand");
        }
        if (entry.details().isEmpty()) {
            return new Unmatched("money out without transaction details: assign it by hand");
        }
        List<Transfer> transfers = new ArrayList<>();
        Money total = Money.zero(entry.amount().currency());
        for (BankEntry.Details d : entry.details()) {
            Optional<UUID> payment = paymentId(d.endToEndId());
            if (payment.isEmpty()) {
                return new Unmatched("money out that is none of our payment runs' transfers (end-to-end id "
                        + (d.endToEndId() == null ? "none" : "'" + d.endToEndId() + "'") + "): assign it by hand");
            }
            Optional<Transfer> transfer = bookedTransfer(payment.get());
            if (transfer.isEmpty()) {
                return new Unmatched("end-to-end id " + d.endToEndId() + " names no booked payment: assign it by hand");
            }
            if (Load.find(transactions, clearingOf(payment.get()), LedgerTransaction::isRecorded).isPresent()) {
                return new Unmatched("the transfer " + d.endToEndId() + " was confirmed by an earlier statement already");
            }
            transfers.add(transfer.get());
            total = total.plus(transfer.get().amount());
        }
        if (!total.equals(entry.amount())) {
            return new Unmatched("our transfers add up to " + total + ", the bank booked " + entry.amount()
                    + ": assign it by hand");
        }
        return new OurTransfers(transfers);
    }

    private Decision returnOfOurTransfer(BankEntry entry) {
        if (entry.details().size() != 1) {
            return new Unmatched("a return without exactly one transaction: assign it by hand");
        }
        BankEntry.Details d = entry.details().get(0);
        Optional<UUID> payment = paymentId(d.endToEndId());
        Optional<Transfer> transfer = payment.flatMap(this::bookedTransfer);
        if (transfer.isEmpty()) {
            return new Unmatched("a return (" + (d.returnReason() == null ? "reversal" : d.returnReason())
                    + ") of no transfer of ours: assign it by hand");
        }
        if (transfer.get().transitAccountId() == null) {
            return new Unmatched("a return of " + d.endToEndId() + ", which was paid from the bank directly: assign it by hand");
        }
        if (Load.find(transactions, clearingOf(payment.get()), LedgerTransaction::isRecorded).isEmpty()) {
            return new Unmatched("the returned transfer " + d.endToEndId() + " was never confirmed by a statement");
        }
        if (!transfer.get().amount().equals(entry.amount())) {
            return new Unmatched("the return of " + entry.amount() + " is not the transfer's " + transfer.get().amount());
        }
        return new Returned(transfer.get(), d.returnReason() == null ? "reversed by the bank" : d.returnReason());
    }

    /** Our payment ids are UUIDs written without hyphens as end-to-end ids. */
    private static Optional<UUID> paymentId(String endToEndId) {
        if (endToEndId == null || !endToEndId.matches("[0-9a-fA-F]{32}")) {
            return Optional.empty();
        }
        String h = endToEndId.toLowerCase();
        return Optional.of(UUID.fromString(h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16)
                + "-" + h.substring(16, 20) + "-" + h.substring(20)));
    }

    /** A posted, not reversed payment of a run: a debit on a supplier's account and a credit on transit. */
    private Optional<Transfer> bookedTransfer(UUID paymentId) {
        Optional<Aggregate<LedgerTransaction>> tx = Load.find(transactions, paymentId, LedgerTransaction::isRecorded);
        if (tx.isEmpty() || !tx.get().invoke(LedgerTransaction::isPosted) || tx.get().invoke(LedgerTransaction::isReversed)) {
            return Optional.empty();
        }
        List<EntryLeg> legs = tx.get().invoke(LedgerTransaction::legs);
        if (legs.size() != 2 || legs.get(1).side() != EntrySide.CREDIT) {
            return Optional.empty();
        }
        UUID credited = legs.get(1).accountId();
        boolean onTheBank = Load.find(accounts, credited, Account::isOpened)
                .map(a -> a.invoke(x -> x.facts().isBankOrCash())).orElse(false);
        // A payment that credited the bank directly (a payroll run without transit) is in the books already.
        return Optional.of(new Transfer(paymentId, onTheBank ? null : credited, legs.get(1).amount()));
    }

    private Decision customerPayment(BankEntry entry, BankEntry.Details d) {
        Map<UUID, Aggregate<Partner>> byItem = new LinkedHashMap<>();
        Set<UUID> customers = new LinkedHashSet<>();
        for (String reference : references(d)) {
            Optional<UUID> item = documentNumbers.holderIgnoringCase(reference);
            if (item.isEmpty() || byItem.containsKey(item.get())) {
                continue;
            }
            Optional<Aggregate<Partner>> customer = customerOf(item.get());
            if (customer.isPresent() && customer.get().invoke(p -> p.openItems().containsKey(item.get()))) {
                byItem.put(item.get(), customer.get());
                customers.add(customer.get().invoke(Partner::partnerId));
            }
        }
        if (customers.size() > 1) {
            return new Unmatched("the remittance names open items of " + customers.size() + " customers: assign it by hand");
        }
        if (customers.size() == 1) {
            Aggregate<Partner> customer = byItem.values().iterator().next();
            Map<UUID, BigDecimal> open = customer.invoke(Partner::openItems);
            List<Settlement> settles = new ArrayList<>();
            BigDecimal left = entry.amount().amount();
            for (UUID item : open.keySet()) { // booking order
                if (byItem.containsKey(item) && left.signum() > 0) {
                    BigDecimal pay = left.min(open.get(item));
                    settles.add(new Settlement(item, new Money(pay, entry.amount().currency())));
                    left = left.subtract(pay);
                }
            }
            return payment("CUSTOMER_REFERENCE", customer, settles);
        }
        if (d == null || d.counterpartyIban() == null) {
            return new Unmatched("no open item's document number in the remittance and no payer IBAN: assign it by hand");
        }
        List<Aggregate<Partner>> payers = new ArrayList<>();
        for (UUID id : partnerIbans.partnersWith(d.counterpartyIban())) {
            Load.find(partners, id, Partner::isRegistered)
                    .filter(p -> p.invoke(Partner::kind) == PartyKind.CUSTOMER)
                    .filter(p -> p.invoke(x -> x.bankDetails().map(b -> b.iban().equals(d.counterpartyIban())).orElse(false)))
                    .ifPresent(payers::add);
        }
        if (payers.size() != 1) {
            return new Unmatched(payers.isEmpty()
                    ? "no open item's document number in the remittance, and the payer's IBAN is no customer's: assign it by hand"
                    : "the payer's IBAN belongs to " + payers.size() + " customers: assign it by hand");
        }
        Aggregate<Partner> payer = payers.get(0);
        List<UUID> sameAmount = payer.invoke(Partner::openItems).entrySet().stream()
                .filter(i -> i.getValue().compareTo(entry.amount().amount()) == 0).map(Map.Entry::getKey).toList();
        if (sameAmount.size() != 1) {
            return new Unmatched("from " + payer.invoke(Partner::name) + " (by IBAN) without a document number, and "
                    + (sameAmount.isEmpty() ? "no open item" : sameAmount.size() + " open items") + " of " + entry.amount()
                    + ": assign it by hand");
        }
        return payment("CUSTOMER_IBAN_AMOUNT", payer, List.of(new Settlement(sameAmount.get(0), entry.amount())));
    }

    private static CustomerPayment payment(String how, Aggregate<Partner> customer, List<Settlement> settles) {
        return new CustomerPayment(how, customer.invoke(Partner::partnerId), customer.invoke(Partner::accountId),
                customer.invoke(Partner::name), settles);
    }

    /** The customer whose account an item's entry debits, if it is a registered customer. */
    private Optional<Aggregate<Partner>> customerOf(UUID itemId) {
        Optional<Aggregate<LedgerTransaction>> tx = Load.find(transactions, itemId, LedgerTransaction::isRecorded);
        if (tx.isEmpty() || !tx.get().invoke(LedgerTransaction::isPosted)) {
            return Optional.empty();
        }
        for (EntryLeg leg : tx.get().invoke(LedgerTransaction::legs)) {
            Optional<Aggregate<Account>> account = Load.find(accounts, leg.accountId(), Account::isOpened);
            if (account.isPresent() && account.get().invoke(a -> a.facts().belongsTo(PartyKind.CUSTOMER))) {
                UUID partner = account.get().invoke(a -> a.facts().party().id());
                return Load.find(partners, partner, Partner::isRegistered);
            }
        }
        return Optional.empty();
    }

    /** Candidate document numbers: the creditor reference (without an RF prefix) and the remittance's words. */
    static List<String> references(BankEntry.Details d) {
        Set<String> refs = new LinkedHashSet<>();
        if (d == null) {
            return List.of();
        }
        if (d.creditorReference() != null) {
            String ref = d.creditorReference().replace(" ", "");
            Matcher rf = CREDITOR_REFERENCE.matcher(ref);
            refs.add(rf.matches() ? rf.group(1) : ref);
        }
        if (d.remittance() != null) {
            Matcher m = TOKEN.matcher(d.remittance());
            while (m.find()) {
                refs.add(m.group());
            }
        }
        return List.copyOf(refs);
    }
}
