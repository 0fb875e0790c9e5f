package org.backoffice.command.accounting.bank;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.backoffice.command.accounting.bank.BankStatementCommands.AssignBankEntry;
import org.backoffice.command.accounting.bank.BankStatementCommands.ImportBankStatement;
import org.backoffice.command.accounting.bank.BankStatementCommands.MatchBankEntries;
import org.backoffice.command.accounting.ledger.Account;
import org.backoffice.command.accounting.ledger.CompanyIbans;
import org.backoffice.command.accounting.ledger.PartnerTerms;
import org.backoffice.command.accounting.ledger.PostJournalEntryCommand;
import org.backoffice.command.accounting.ledger.ReverseTransactionCommand;
import org.backoffice.command.accounting.ledger.TaxAmounts;
import org.backoffice.command.accounting.ledger.TransactionPostingHandler;
import org.backoffice.command.accounting.partner.Partner;
import org.backoffice.command.common.Load;
import org.backoffice.events.accounting.BankEntry;
import org.backoffice.events.accounting.BankStatementImportedEvent;
import org.backoffice.events.accounting.EntrySide;
import org.backoffice.events.common.Money;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.backoffice.command.common.CommandRejectedException.conflict;
import static org.backoffice.command.common.CommandRejectedException.notFound;
import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/**
 * Imports bank statements and books their entries: matched by {@link BankEntryMatcher}, or
 * assigned by an accountant. Each booking is a journal entry of series BK dated the bank's
 * booking date, posted in the same unit of work as the entry's resolution, with an id derived
 * from the statement and the entry, so that nothing is booked twice.
 */
@Component
public class BankStatementHandler {

    /** The document series of bank bookings (Bank). */
    public static final String SERIES = "BK";

    private final Repository<BankStatement> statements;
    private final Repository<Account> accounts;
    private final Repository<Partner> partners;
    private final CompanyIbans companyIbans;
    private final BankEntryReferences references;
    private final BankEntryMatcher matcher;
    private final TransactionPostingHandler ledger;
    private final Repository<org.backoffice.command.accounting.ledger.LedgerTransaction> transactions;

    public BankStatementHandler(@Qualifier("bankStatementRepository") Repository<BankStatement> statements,
                                @Qualifier("accountRepository") Repository<Account> accounts,
                                @Qualifier("partnerRepository") Repository<Partner> partners,
                                CompanyIbans companyIbans, BankEntryReferences references, BankEntryMatcher matcher,
                                TransactionPostingHandler ledger,
                                @Qualifier("ledgerTransactionRepository")
                                Repository<org.backoffice.command.accounting.ledger.LedgerTransaction> transactions) {
        this.transactions = transactions;
        this.statements = statements;
        this.accounts = accounts;
        this.partners = partners;
        this.companyIbans = companyIbans;
        this.references = references;
        this.matcher = matcher;
        this.ledger = ledger;
    }

    /** What an import stored: the new entries (none: nothing was stored) and those already known. */
    public record Imported(UUID statementId, UUID accountId, int entries, int known, int pending) {
    }

    /**
     * Stores the entries of the statement that no earlier statement brought (by the bank's
     * reference). The statement must be of a company bank account and in its currency; a file
     * with no new entry stores nothing.
     */
    @CommandHandler
    public Imported handle(ImportBankStatement c) throws Exception {
        CamtReader.StatementFile f = c.file();
        UUID accountId = companyIbans.holderOf(f.iban()).orElseThrow(() -> ruleViolated("iban",
                "the statement is of IBAN " + f.iban() + ", which is no company bank account"));
        Account account = Load.find(accounts, accountId, Account::isOpened)
                .orElseThrow(() -> notFound("account " + accountId + " does not exist")).invoke(a -> a);
        String currency = account.currency();
        if (f.currency() != null && !f.currency().equals(currency)) {
            throw ruleViolated("currency", "the statement is in " + f.currency() + ", account " + account.facts().number()
                    + " holds " + currency);
        }
        for (BankEntry e : f.entries()) {
            if (!e.amount().currency().equals(currency)) {
                throw ruleViolated("currency", "an entry of the statement is in " + e.amount().currency() + ", account "
                        + account.facts().number() + " holds " + currency);
            }
        }
        Set<String> known = references.known(accountId, f.entries().stream().map(BankEntry::reference).toList());
        Set<String> seen = new HashSet<>();
        List<BankEntry> fresh = new ArrayList<>();
        for (BankEntry e : f.entries()) {
            if (!known.contains(e.reference()) && seen.add(e.reference())) {
                fresh.add(e);
            }
        }
        int skipped = f.entries().size() - fresh.size();
        if (fresh.isEmpty()) {
            return new Imported(null, accountId, 0, skipped, f.pending());
        }
        Aggregate<BankStatement> statement = Load.forCreate(statements, c.statementId(), BankStatement::new, "a bank statement");
        if (statement.invoke(BankStatement::isImported)) {
            throw conflict("bank statement " + c.statementId() + " already exists");
        }
        statement.execute(s -> s.imported(new BankStatementImportedEvent(c.statementId(), accountId, f.iban(), f.message(),
                f.messageId(), f.statementId(), f.opening() == null ? null : f.opening().amount(),
                f.opening() == null ? null : f.opening().date(), f.closing() == null ? null : f.closing().amount(),
                f.closing() == null ? null : f.closing().date(), fresh, skipped + f.pending(), c.importedBy())));
        return new Imported(c.statementId(), accountId, fresh.size(), skipped, f.pending());
    }

    /** Matches the undecided entries of a range, booking what a rule matches, in one unit of work. */
    @CommandHandler
    public void handle(MatchBankEntries c) throws Exception {
        Aggregate<BankStatement> statement = load(c.statementId());
        UUID bank = statement.invoke(BankStatement::accountId);
        int to = Math.min(c.to(), statement.invoke(BankStatement::size));
        for (int position = c.from(); position < to; position++) {
            int p = position;
            if (statement.invoke(s -> s.isDecided(p))) {
                continue;
            }
            BankEntry entry = statement.invoke(s -> s.entry(p));
            BankEntryMatcher.Decision decision = matcher.decide(entry);
            if (decision instanceof BankEntryMatcher.Unmatched u) {
                statement.execute(s -> s.leaveUnmatched(p, u.reason()));
                continue;
            }
            Booked booked = book(c.statementId(), p, entry, bank, decision);
            statement.execute(s -> s.resolve(p, booked.how(), booked.transactions(), booked.partnerId(), null, booked.note()));
        }
        statement.execute(s -> s.progressed(to));
    }

    /** The matching goes on after position next (entries before it were decided one by one). */
    public record AdvanceBankMatching(UUID statementId, int next) {
    }

    @CommandHandler
    public void handle(AdvanceBankMatching c) {
        load(c.statementId()).execute(s -> s.progressed(c.next()));
    }

    /** An entry that could not be matched at all (its booking failed): it waits for an accountant. */
    public record MarkBankEntryUnmatched(UUID statementId, int position, String reason) {
    }

    @CommandHandler
    public void handle(MarkBankEntryUnmatched c) {
        load(c.statementId()).execute(s -> s.leaveUnmatched(c.position(), c.reason()));
    }

    private record Booked(String how, List<UUID> transactions, UUID partnerId, String note) {
    }

    private Booked book(UUID statementId, int position, BankEntry entry, UUID bank, BankEntryMatcher.Decision decision)
            throws Exception {
        if (decision instanceof BankEntryMatcher.OurTransfers t) {
            List<UUID> ids = new ArrayList<>();
            for (BankEntryMatcher.Transfer transfer : t.transfers()) {
                if (transfer.transitAccountId() == null) {
                    continue; // paid from the bank directly: the books have it already
                }
                UUID id = BankEntryMatcher.clearingOf(transfer.paymentId());
                post(id, entry, "Bank confirmed transfer " + transfer.paymentId().toString().replace("-", ""),
                        transfer.transitAccountId(), bank, transfer.amount(), PartnerTerms.NONE);
                ids.add(id);
            }
            return new Booked("OUR_TRANSFER", ids, null, t.transfers().size() + " transfer(s) of our payment runs");
        }
        if (decision instanceof BankEntryMatcher.Returned r) {
            UUID payment = r.transfer().paymentId();
            ledger.handle(new ReverseTransactionCommand(payment, BankEntryMatcher.returnOf(payment),
                    "returned by the bank (" + r.reason() + ")", entry.bookingDate(), null, SERIES));
            UUID back = BankEntryMatcher.returnClearingOf(payment);
            post(back, entry, "Bank returned transfer " + payment.toString().replace("-", "") + " (" + r.reason() + ")",
                    bank, r.transfer().transitAccountId(), entry.amount(), PartnerTerms.NONE);
            return new Booked("RETURN", List.of(back, BankEntryMatcher.returnOf(payment)), null, r.reason());
        }
        BankEntryMatcher.CustomerPayment c = (BankEntryMatcher.CustomerPayment) decision;
        UUID id = entryBooking(statementId, position);
        post(id, entry, "Payment from " + c.partnerName() + remittance(entry), bank, c.partnerAccountId(), entry.amount(),
                new PartnerTerms(null, c.settles()));
        return new Booked(c.how(), List.of(id), c.partnerId(), null);
    }

    /**
     * An accountant books an unmatched entry: on a partner's account (money in settles the given
     * items of that partner, the rest unallocated; money out is a payment to it), or on another
     * account. An entry is booked once (409 after that).
     */
    @CommandHandler
    public void handle(AssignBankEntry c) throws Exception {
        Aggregate<BankStatement> statement = load(c.statementId());
        BankEntry entry = statement.invoke(s -> s.entry(c.position()));
        UUID bank = statement.invoke(BankStatement::accountId);
        if (statement.invoke(s -> s.isDecided(c.position())) && !statement.invoke(s -> s.isUnmatched(c.position()))) {
            throw conflict("entry " + c.position() + " of statement " + c.statementId() + " is already booked");
        }
        if (c.transactionId() != null) {
            link(c, entry, bank);
            return;
        }
        UUID other;
        UUID partnerId = null;
        String text;
        if (c.partnerId() != null) {
            Aggregate<Partner> partner = Load.find(partners, c.partnerId(), Partner::isRegistered)
                    .orElseThrow(() -> ruleViolated("partnerId", "there is no partner " + c.partnerId()));
            other = partner.invoke(Partner::accountId);
            partnerId = c.partnerId();
            text = (entry.side() == EntrySide.CREDIT ? "Payment from " : "Payment to ") + partner.invoke(Partner::name)
                    + remittance(entry);
        } else {
            other = c.accountId();
            text = c.text() != null ? c.text() : "Bank" + remittance(entry);
        }
        UUID id = entryBooking(c.statementId(), c.position());
        PartnerTerms terms = new PartnerTerms(null, c.settles());
        if (entry.side() == EntrySide.CREDIT) {
            post(id, entry, text, bank, other, entry.amount(), terms);
        } else {
            post(id, entry, text, other, bank, entry.amount(), terms);
        }
        UUID partner = partnerId;
        statement.execute(s -> s.resolve(c.position(), "ASSIGNED", List.of(id), partner, c.assignedBy(), null));
    }

    /**
     * The entry is in the books already: a posted, not reversed journal entry that moves exactly
     * this amount on the statement's account in the entry's direction, linked to no other
     * statement entry.
     */
    private void link(AssignBankEntry c, BankEntry entry, UUID bank) {
        Aggregate<org.backoffice.command.accounting.ledger.LedgerTransaction> tx = Load.find(transactions, c.transactionId(),
                        org.backoffice.command.accounting.ledger.LedgerTransaction::isRecorded)
                .orElseThrow(() -> ruleViolated("transactionId", "there is no entry " + c.transactionId()));
        if (!tx.invoke(org.backoffice.command.accounting.ledger.LedgerTransaction::isPosted)
                || tx.invoke(org.backoffice.command.accounting.ledger.LedgerTransaction::isReversed)) {
            throw ruleViolated("transactionId", "the entry " + c.transactionId() + " was rejected or reversed");
        }
        EntrySide bankSide = entry.side() == EntrySide.CREDIT ? EntrySide.DEBIT : EntrySide.CREDIT;
        Money net = Money.zero(entry.amount().currency());
        for (var leg : tx.invoke(org.backoffice.command.accounting.ledger.LedgerTransaction::legs)) {
            if (leg.accountId().equals(bank)) {
                net = leg.side() == bankSide ? net.plus(leg.amount()) : net.minus(leg.amount());
            }
        }
        if (!net.equals(entry.amount())) {
            throw ruleViolated("transactionId", "the entry " + c.transactionId() + " moves " + net + " on the bank account "
                    + "in this direction, the statement " + entry.amount());
        }
        if (references.isLinked(c.transactionId())) {
            throw conflict("transactionId", "the entry " + c.transactionId() + " belongs to another statement entry already");
        }
        load(c.statementId()).execute(s -> s.resolve(c.position(), "LINKED", List.of(c.transactionId()), null,
                c.assignedBy(), "in the books already"));
    }

    private static String remittance(BankEntry entry) {
        String r = entry.details().isEmpty() ? null : entry.details().get(0).remittance();
        return r == null ? "" : ": " + (r.length() > 280 ? r.substring(0, 280) : r);
    }

    private static UUID entryBooking(UUID statementId, int position) {
        return UUID.nameUUIDFromBytes(("bank-entry:" + statementId + ":" + position).getBytes(StandardCharsets.UTF_8));
    }

    private void post(UUID id, BankEntry entry, String text, UUID debit, UUID credit, Money amount, PartnerTerms terms)
            throws Exception {
        ledger.handle(new PostJournalEntryCommand(id, null, SERIES, entry.bookingDate(), entry.bookingDate(), text,
                TaxAmounts.NET, List.of(new PostJournalEntryCommand.Line(debit, EntrySide.DEBIT, amount),
                new PostJournalEntryCommand.Line(credit, EntrySide.CREDIT, amount)), terms));
    }

    private Aggregate<BankStatement> load(UUID statementId) {
        return Load.find(statements, statementId, BankStatement::isImported)
                .orElseThrow(() -> notFound("bank statement " + statementId + " does not exist"));
    }
}
