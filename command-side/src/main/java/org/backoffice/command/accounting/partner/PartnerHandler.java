package org.backoffice.command.accounting.partner;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.backoffice.command.accounting.ledger.Account;
import org.backoffice.command.accounting.ledger.AccountNumberRegistry;
import org.backoffice.command.accounting.ledger.OpenAccountCommand;
import org.backoffice.command.accounting.ledger.Settlement;
import org.backoffice.command.accounting.partner.PartnerCommands.AllocatePayment;
import org.backoffice.command.accounting.partner.PartnerCommands.ChangePartnerBankDetails;
import org.backoffice.command.accounting.partner.PartnerCommands.RegisterPartner;
import org.backoffice.command.common.Load;
import org.backoffice.events.accounting.AccountType;
import org.backoffice.events.accounting.Party;
import org.backoffice.events.accounting.PartyKind;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.UUID;

import static org.backoffice.command.common.CommandRejectedException.conflict;
import static org.backoffice.command.common.CommandRejectedException.notFound;

/**
 * Registers a partner and opens its personal account in one unit of work: a customer's
 * receivable (ASSET, shown under B.II.1) or a supplier's payable (LIABILITY, P.C.4), with the
 * partner as its party. All or nothing.
 */
@Component
public class PartnerHandler {

    private final Repository<Partner> partners;
    private final Repository<Account> accounts;
    private final AccountNumberRegistry numbers;
    private final PartnerNumbers partnerNumbers;

    public PartnerHandler(@Qualifier("partnerRepository") Repository<Partner> partners,
                          @Qualifier("accountRepository") Repository<Account> accounts,
                          AccountNumberRegistry numbers, PartnerNumbers partnerNumbers) {
        this.partners = partners;
        this.accounts = accounts;
        this.numbers = numbers;
        this.partnerNumbers = partnerNumbers;
    }

    public record Registered(UUID partnerId, UUID accountId) {
    }

    @CommandHandler
    public Registered handle(RegisterPartner c) throws Exception {
        Partner.requireKind(c.kind());
        Aggregate<Partner> partner = Load.forCreate(partners, c.partnerId(), Partner::new, "a partner");
        if (Load.isRepeat(partner, Partner::isRegistered, p -> p.isSameRegistration(c), "partner " + c.partnerId())) {
            return new Registered(c.partnerId(), partner.invoke(Partner::accountId));
        }
        boolean customer = c.kind() == PartyKind.CUSTOMER;
        String number = c.accountNumber() != null ? c.accountNumber() : partnerNumbers.nextFree(c.kind());
        UUID accountId = UUID.nameUUIDFromBytes(("partner-account:" + c.partnerId()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        OpenAccountCommand open = new OpenAccountCommand(accountId, number, c.name(),
                customer ? AccountType.ASSET : AccountType.LIABILITY, c.currency(), BigDecimal.ZERO,
                new Party(c.kind(), c.partnerId(), c.name()), customer ? "B.II.1" : "P.C.4");
        if (numbers.holderOf(number).isPresent()) {
            throw conflict("accountNumber", "account number " + number + " is already taken");
        }
        accounts.newInstance(() -> Account.opened(open, numbers));
        partner.execute(p -> p.register(c, accountId));
        return new Registered(c.partnerId(), accountId);
    }

    @CommandHandler
    public void handle(ChangePartnerBankDetails c) {
        Load.find(partners, c.partnerId(), Partner::isRegistered)
                .orElseThrow(() -> notFound("partner " + c.partnerId() + " does not exist"))
                .execute(p -> p.changeBankDetails(c.bankDetails()));
    }

    @CommandHandler
    public void handle(AllocatePayment c) {
        Load.find(partners, c.partnerId(), Partner::isRegistered)
                .orElseThrow(() -> notFound("partner " + c.partnerId() + " does not exist"))
                .execute(p -> p.allocate(c.allocationId(), c.paymentId(), new Settlement(c.itemId(), c.amount())));
    }
}
