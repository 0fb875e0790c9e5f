package org.backoffice.command.accounting.ledger;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.backoffice.command.common.CommandRejectedException;
import org.backoffice.command.common.Load;
import org.backoffice.events.accounting.EntryLeg;
import org.backoffice.events.accounting.TransactionKind;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.backoffice.command.common.CommandRejectedException.conflict;
import static org.backoffice.command.common.CommandRejectedException.notFound;
import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/**
 * Posts a journal entry as one unit of work: the entry's record and every leg on every account
 * are applied together and committed in one database transaction, so the ledger is never seen
 * half-posted (no compensating saga). It only loads, asks and saves: each account says whether
 * it can take its legs, the {@link LedgerTransaction} decides, then all legs are applied.
 * Accounts are locked in id order, so two entries on the same accounts cannot deadlock on Axon's
 * aggregate locks, whatever the order of their legs.
 */
@Component
public class TransactionPostingHandler {

    private final Repository<Account> accounts;
    private final Repository<LedgerTransaction> transactions;
    private final DocumentNumbers documentNumbers;
    private final TaxRates taxRates;
    private final PartnerPostings partnerPostings;
    private final PostingPeriods periods;

    @org.springframework.beans.factory.annotation.Autowired
    public TransactionPostingHandler(@Qualifier("accountRepository") Repository<Account> accounts,
                                     @Qualifier("ledgerTransactionRepository") Repository<LedgerTransaction> transactions,
                                     DocumentNumbers documentNumbers, TaxRates taxRates, PartnerPostings partnerPostings,
                                     PostingPeriods periods) {
        this.accounts = accounts;
        this.transactions = transactions;
        this.documentNumbers = documentNumbers;
        this.taxRates = taxRates;
        this.partnerPostings = partnerPostings;
        this.periods = periods;
    }

    /** A ledger without business partners and fiscal periods. */
    public TransactionPostingHandler(Repository<Account> accounts, Repository<LedgerTransaction> transactions,
                                     DocumentNumbers documentNumbers, TaxRates taxRates) {
        this(accounts, transactions, documentNumbers, taxRates, PartnerPostings.NONE, PostingPeriods.OPEN);
    }

    @CommandHandler
    public TransactionOutcome handle(PostTransactionCommand c) throws Exception {
        if (c.kind() == TransactionKind.JOURNAL_ENTRY) {
            // Its legs and document are the journal entry's; the two accounts of this API are not.
            throw ruleViolated("kind", "a JOURNAL_ENTRY transaction does not fit these accounts: "
                    + TransactionKindPolicy.misfit(c.kind(), null, null).orElseThrow());
        }
        Posting posting = Posting.of(c);
        Aggregate<LedgerTransaction> tx = loadOrCreateTransaction(c.transactionId());
        if (tx.invoke(LedgerTransaction::isRecorded)) {
            return tx.invoke(t -> t.answerToRepeat(posting));
        }
        return post(tx, posting);
    }

    /**
     * A document number given by the client belongs to one entry: the same document sent again
     * under another id answers as the entry that holds it (a retry that lost its id books
     * nothing twice); other content under that number is a conflict.
     */
    @CommandHandler
    public TransactionOutcome handle(PostJournalEntryCommand c) throws Exception {
        TaxLegs.Expanded legs = TaxLegs.expand(taxedLines(c), c.amounts());
        try {
            return postJournalEntry(c, new Posting(c.entryId(), TransactionKind.JOURNAL_ENTRY, c.documentNumber(),
                    c.documentDate(), c.bookingDate(), c.text(), legs.legs(), null));
        } catch (CommandRejectedException e) {
            // The client names lines as it sent them; the posting counts the tax lines too.
            if (e.field() == null) {
                throw e;
            }
            throw new CommandRejectedException(e.reason(), legs.lineField(e.field()), e.getMessage());
        }
    }

    private TransactionOutcome postJournalEntry(PostJournalEntryCommand c, Posting posting) throws Exception {
        Aggregate<LedgerTransaction> tx = loadOrCreateTransaction(c.entryId());
        if (tx.invoke(LedgerTransaction::isRecorded)) {
            return tx.invoke(t -> t.answerToRepeat(posting));
        }
        if (c.documentNumber() != null) {
            Optional<UUID> holder = documentNumbers.holderOf(c.documentNumber());
            if (holder.isPresent()) {
                Aggregate<LedgerTransaction> held = loadTransaction(holder.get());
                if (!held.invoke(t -> t.isSameRequest(posting))) {
                    throw conflict("documentNumber", "document number " + c.documentNumber()
                            + " is already used by entry " + holder.get() + " with other content");
                }
                return held.invoke(LedgerTransaction::outcome);
            }
            return post(tx, posting, null, c.terms());
        }
        return post(tx, posting, c.documentSeries(), c.terms());
    }

    /**
     * Each line with the rate its tax code has on the booking day; a code that is unknown or not
     * in force that day is refused (422) naming the line.
     */
    private List<TaxLegs.TaxedLine> taxedLines(PostJournalEntryCommand c) {
        List<TaxLegs.TaxedLine> lines = new ArrayList<>();
        for (int i = 0; i < c.lines().size(); i++) {
            PostJournalEntryCommand.Line l = c.lines().get(i);
            EntryLeg leg = new EntryLeg(l.accountId(), l.side(), l.amount(), null, null);
            TaxRate rate = null;
            if (l.taxCode() != null) {
                String field = "legs[" + i + "].taxCode";
                if (!taxRates.exists(l.taxCode())) {
                    throw ruleViolated(field, "there is no tax code " + l.taxCode());
                }
                rate = taxRates.rateOn(l.taxCode(), c.bookingDate()).orElseThrow(() -> ruleViolated(field,
                        "tax code " + l.taxCode() + " is not in force on the booking date " + c.bookingDate()));
            }
            lines.add(new TaxLegs.TaxedLine(leg, rate));
        }
        return lines;
    }

    @CommandHandler
    public TransactionOutcome handle(ReverseTransactionCommand c) throws Exception {
        Aggregate<LedgerTransaction> original = loadTransaction(c.transactionId());
        Aggregate<LedgerTransaction> reversal = loadOrCreateTransaction(c.reversalId());
        if (reversal.invoke(LedgerTransaction::isRecorded)) {
            return reversal.invoke(t -> t.answerToRepeatedReversal(c));
        }
        if (c.documentNumber() != null && documentNumbers.holderOf(c.documentNumber()).isPresent()) {
            throw conflict("documentNumber", "document number " + c.documentNumber() + " is already used");
        }
        String series = c.documentSeries() != null ? c.documentSeries()
                : c.documentNumber() != null ? null : original.invoke(LedgerTransaction::seriesForReversal).orElse(null);
        TransactionOutcome outcome = post(reversal, original.invoke(t -> t.reversal(c)), series, PartnerTerms.NONE);
        if (outcome.status() == TransactionOutcome.Status.COMPLETED) {
            original.execute(t -> t.markReversed(c.reversalId(), c.reason()));
        }
        return outcome;
    }

    private TransactionOutcome post(Aggregate<LedgerTransaction> tx, Posting p) {
        return post(tx, p, null, PartnerTerms.NONE);
    }

    /**
     * The year-end's own entries, dated in its last (closed) period or the next year's first:
     * posted as any journal entry, but past the closed periods, in the unit of work that closes
     * the year. Nothing else may call this.
     */
    public TransactionOutcome postYearEndEntry(PostJournalEntryCommand c) throws Exception {
        TaxLegs.Expanded legs = TaxLegs.expand(taxedLines(c), c.amounts());
        Aggregate<LedgerTransaction> tx = loadOrCreateTransaction(c.entryId());
        Posting posting = new Posting(c.entryId(), TransactionKind.JOURNAL_ENTRY, c.documentNumber(),
                c.documentDate(), c.bookingDate(), c.text(), legs.legs(), null);
        if (tx.invoke(LedgerTransaction::isRecorded)) {
            return tx.invoke(t -> t.answerToRepeat(posting));
        }
        return post(tx, posting, c.documentSeries(), PartnerTerms.NONE, false);
    }

    /**
     * Load every account in lock order, ask each about its legs, draw the document number if the
     * entry takes one from a series, let the transaction decide, apply every leg, then tell the
     * partners whose accounts it touched (their open items), all in this unit of work.
     */
    private TransactionOutcome post(Aggregate<LedgerTransaction> tx, Posting p, String series, PartnerTerms terms) {
        return post(tx, p, series, terms, true);
    }

    private TransactionOutcome post(Aggregate<LedgerTransaction> tx, Posting p, String series, PartnerTerms terms,
                                    boolean onlyIntoOpenPeriods) {
        if (onlyIntoOpenPeriods && p.bookingDate() != null) {
            periods.refusal(p.bookingDate()).ifPresent(refusal -> {
                throw ruleViolated(p.kind() != TransactionKind.JOURNAL_ENTRY && !p.isReversal() ? "valueDate" : "bookingDate",
                        refusal);
            });
        }
        Map<UUID, Aggregate<Account>> loaded = new LinkedHashMap<>();
        for (UUID id : p.accountsInLockOrder()) {
            loadAccount(id).ifPresent(a -> loaded.put(id, a));
        }
        Map<UUID, AccountFacts> facts = new LinkedHashMap<>();
        loaded.forEach((id, a) -> facts.put(id, a.invoke(Account::facts)));
        Optional<LedgerTransaction.LegRefusal> legRefusal = Optional.empty();
        if (loaded.size() == p.accountsInLockOrder().size()) {
            // In leg order, so that the answer names the first leg that cannot be posted.
            List<UUID> inLegOrder = p.legs().stream().map(EntryLeg::accountId).distinct().toList();
            for (UUID id : inLegOrder) {
                Optional<String> refusal = loaded.get(id).invoke(a -> a.refusalToPost(p.legsOn(id)));
                if (refusal.isPresent()) {
                    legRefusal = Optional.of(new LedgerTransaction.LegRefusal(p.firstLegOn(id), refusal.get()));
                    break;
                }
            }
        }
        Posting numbered = series == null ? p : new Posting(p.id(), p.kind(),
                documentNumbers.draw(series, p.bookingDate().getYear()), p.documentDate(), p.bookingDate(), p.text(),
                p.legs(), p.reversalOf());
        Optional<LedgerTransaction.LegRefusal> refusal = legRefusal;
        TransactionOutcome outcome = tx.invoke(t -> t.decide(numbered, facts, refusal));
        if (outcome.status() == TransactionOutcome.Status.COMPLETED) {
            // The legs in the same id order as the locks: appending an account's event locks its
            // stream head in PostgreSQL until commit, so two opposite entries on two instances
            // sharing the database would otherwise deadlock there.
            for (Map.Entry<UUID, Aggregate<Account>> account : loaded.entrySet()) {
                for (EntryLeg leg : p.legsOn(account.getKey())) {
                    account.getValue().execute(a -> a.post(p.id(), leg, p.text()));
                }
            }
            if (p.isReversal()) {
                partnerPostings.reversed(numbered, facts);
            } else {
                partnerPostings.booked(numbered, facts, terms);
            }
        }
        return outcome;
    }

    private Aggregate<LedgerTransaction> loadOrCreateTransaction(UUID id) throws Exception {
        return Load.forCreate(transactions, id, LedgerTransaction::new, "a transaction");
    }

    private Optional<Aggregate<Account>> loadAccount(UUID id) {
        return Load.find(accounts, id, Account::isOpened);
    }

    private Aggregate<LedgerTransaction> loadTransaction(UUID id) {
        return Load.find(transactions, id, LedgerTransaction::isRecorded)
                .orElseThrow(() -> notFound("transaction " + id + " does not exist"));
    }
}
