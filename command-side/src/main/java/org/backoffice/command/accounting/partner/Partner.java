package org.backoffice.command.accounting.partner;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.backoffice.command.accounting.partner.PartnerCommands.RegisterPartner;
import org.backoffice.events.accounting.BankDetails;
import org.backoffice.events.accounting.PartnerBankDetailsChangedEvent;
import org.backoffice.events.accounting.PartnerRegisteredEvent;
import org.backoffice.events.accounting.PartyKind;

import java.util.Objects;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/** A customer or supplier: its name, bank details, payment terms and personal account. */
@Aggregate
public class Partner {

    @AggregateIdentifier
    private UUID partnerId;
    private PartyKind kind;
    private String name;
    private BankDetails bankDetails;
    private int paymentTermDays;
    private UUID accountId;

    public Partner() {
        // for Axon and loadOrCreate
    }

    boolean isRegistered() {
        return partnerId != null;
    }

    /** The same registration again (its account number was the client's or drawn, so not compared). */
    boolean isSameRegistration(RegisterPartner c) {
        return kind == c.kind() && Objects.equals(name, c.name()) && Objects.equals(bankDetails, c.bankDetails())
                && paymentTermDays == c.paymentTermDays();
    }

    UUID accountId() {
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
