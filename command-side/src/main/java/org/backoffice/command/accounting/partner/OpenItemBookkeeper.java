package org.backoffice.command.accounting.partner;

import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.backoffice.command.accounting.ledger.AccountFacts;
import org.backoffice.command.accounting.ledger.PartnerPostings;
import org.backoffice.command.accounting.ledger.PartnerTerms;
import org.backoffice.command.accounting.ledger.Posting;
import org.backoffice.command.accounting.ledger.Settlement;
import org.backoffice.command.common.Load;
import org.backoffice.events.accounting.EntryLeg;
import org.backoffice.events.accounting.EntrySide;
import org.backoffice.events.accounting.PartyKind;
import org.backoffice.events.common.Money;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/**
 * Turns entries on partners' accounts into their open items and payments. Partners are loaded
 * after the entry's accounts and in id order, so that two entries cannot deadlock on them.
 */
@Component
public class OpenItemBookkeeper implements PartnerPostings {

    private final Repository<Partner> partners;

    public OpenItemBookkeeper(@Qualifier("partnerRepository") Repository<Partner> partners) {
        this.partners = partners;
    }

    @Override
    public void booked(Posting entry, Map<UUID, AccountFacts> accounts, PartnerTerms terms) {
        Map<UUID, Money> net = netByPartner(entry, accounts);
        Map<UUID, Aggregate<Partner>> loaded = load(net.keySet());
        List<UUID> paying = net.keySet().stream().filter(p -> loaded.containsKey(p) && !net.get(p).isPositive()
                && net.get(p).amount().signum() != 0).toList();
        boolean invoices = net.keySet().stream().anyMatch(p -> loaded.containsKey(p) && net.get(p).isPositive());
        if (terms.dueDate() != null && !invoices) {
            throw ruleViolated("dueDate", "the entry is no invoice of a customer or supplier: it has no due date");
        }
        if (!terms.settles().isEmpty() && paying.isEmpty()) {
            throw ruleViolated("settles", "the entry pays no customer or supplier: it settles nothing");
        }
        Map<UUID, Map<Integer, Settlement>> settlesByPartner = new LinkedHashMap<>();
        for (int i = 0; i < terms.settles().size(); i++) {
            Settlement s = terms.settles().get(i);
            UUID holder = paying.stream().filter(p -> loaded.get(p).invoke(partner -> partner.holdsItem(s.itemId())))
                    .findFirst().orElseThrow(ruleViolatedAt(i, s));
            settlesByPartner.computeIfAbsent(holder, p -> new LinkedHashMap<>()).put(i, s);
        }
        loaded.forEach((id, partner) -> partner.execute(p -> p.book(entry.id(), entry.documentNumber(),
                entry.documentDate(), entry.bookingDate(), net.get(id), terms.dueDate(),
                settlesByPartner.getOrDefault(id, Map.of()))));
    }

    private static java.util.function.Supplier<RuntimeException> ruleViolatedAt(int i, Settlement s) {
        return () -> ruleViolated("settles[" + i + "].itemId", "there is no open item " + s.itemId()
                + " of a partner this entry pays");
    }

    @Override
    public void reversed(Posting entry, Map<UUID, AccountFacts> accounts) {
        load(netByPartner(entry, accounts).keySet())
                .forEach((id, partner) -> partner.execute(p -> p.reverse(entry.reversalOf(), entry.id(), entry.bookingDate())));
    }

    /** Partners in id order (their lock order), each with the entry's net on its account in the claims' direction. */
    private static Map<UUID, Money> netByPartner(Posting entry, Map<UUID, AccountFacts> accounts) {
        Map<UUID, Money> net = new TreeMap<>();
        for (EntryLeg leg : entry.legs()) {
            AccountFacts account = accounts.get(leg.accountId());
            if (account == null || !(account.belongsTo(PartyKind.CUSTOMER) || account.belongsTo(PartyKind.SUPPLIER))) {
                continue;
            }
            EntrySide claims = account.belongsTo(PartyKind.CUSTOMER) ? EntrySide.DEBIT : EntrySide.CREDIT;
            Money signed = leg.side() == claims ? leg.amount() : leg.amount().negate();
            net.merge(account.party().id(), signed, Money::plus);
        }
        return net;
    }

    /** The registered partners among these (an account may name a party that was never registered as a partner). */
    private Map<UUID, Aggregate<Partner>> load(Iterable<UUID> ids) {
        Map<UUID, Aggregate<Partner>> loaded = new LinkedHashMap<>();
        for (UUID id : ids) {
            Optional<Aggregate<Partner>> partner = Load.find(partners, id, Partner::isRegistered);
            partner.ifPresent(p -> loaded.put(id, p));
        }
        return loaded;
    }
}
