package org.backoffice.infra.accounting;

import org.backoffice.command.accounting.partner.web.PartnerCommandController;
import org.backoffice.command.accounting.partner.web.PartnerCommandController.RegisterPartnerRequest;
import org.backoffice.command.common.BankDetailsRequest;
import org.backoffice.events.accounting.PartyKind;
import org.backoffice.infra.web.ui.Forms;
import org.backoffice.infra.web.ui.WebPage;
import org.backoffice.query.accounting.ledger.web.BalancesQueryController;
import org.backoffice.query.accounting.partner.web.PartnerQueryController;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Customers and suppliers with their bank details and personal accounts. */
@WebPage
class PartnerPages {

    private final PartnerCommandController commands;
    private final PartnerQueryController partners;
    private final BalancesQueryController balances;
    private final Forms forms;

    PartnerPages(PartnerCommandController commands, PartnerQueryController partners, BalancesQueryController balances,
                 Forms forms) {
        this.commands = commands;
        this.partners = partners;
        this.balances = balances;
        this.forms = forms;
    }

    @GetMapping("/ui/partners")
    String list(@RequestParam(required = false) PartyKind kind, Model model) {
        PartyKind shown = kind == PartyKind.EMPLOYEE ? null : kind;
        var page = partners.partners(shown, 0, 500);
        model.addAttribute("kind", shown);
        model.addAttribute("kinds", List.of(PartyKind.CUSTOMER, PartyKind.SUPPLIER));
        model.addAttribute("partners", page);
        Map<UUID, String> numbers = new HashMap<>();
        for (var a : balances.accounts(null, null, null, null, 0, 500).items()) {
            numbers.put(a.id(), a.number());
        }
        model.addAttribute("accountNumbers", numbers);
        return "partners";
    }

    @PostMapping("/ui/partners")
    String register(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        return forms.submit("register", form, RegisterPartnerRequest.class, Set.of(), commands::register,
                created -> "/ui/partners", "Partner registered.", model, redirect, () -> list(null, model));
    }

    @PostMapping("/ui/partners/bank-details")
    String changeBankDetails(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        UUID partner = UUID.fromString(form.getFirst("partnerId"));
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>(form);
        body.remove("partnerId");
        return forms.submit("bank", body, BankDetailsRequest.class, Set.of(), r -> commands.changeBankDetails(partner, r),
                done -> "/ui/partners", "Bank account changed.", model, redirect, () -> list(null, model));
    }
}
