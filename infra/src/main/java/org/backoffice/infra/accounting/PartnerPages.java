package org.backoffice.infra.accounting;

import org.backoffice.command.accounting.partner.web.PartnerCommandController;
import org.backoffice.command.accounting.partner.web.PartnerCommandController.RegisterPartnerRequest;
import org.backoffice.command.common.BankDetailsRequest;
import org.backoffice.events.accounting.PartyKind;
import org.backoffice.infra.web.ui.Forms;
import org.backoffice.infra.web.ui.WebPage;
import org.backoffice.query.accounting.ledger.web.BalancesQueryController;
import org.backoffice.query.accounting.partner.web.PartnerQueryController;
import org.backoffice.query.common.Downloads;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.LocalDate;
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

/** Customers and suppliers with their bank details and personal accounts, their open items, and the aging. */
@WebPage
class PartnerPages {

    private final PartnerCommandController commands;
    private final PartnerQueryController partners;
    private final BalancesQueryController balances;
    private final Forms forms;

    private final Clock clock;

    PartnerPages(PartnerCommandController commands, PartnerQueryController partners, BalancesQueryController balances,
                 Forms forms, Clock clock) {
        this.commands = commands;
        this.partners = partners;
        this.balances = balances;
        this.forms = forms;
        this.clock = clock;
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

    /** One partner: its open items and payments as of a date, its statement, and allocating a payment. */
    @GetMapping("/ui/partners/{id}")
    String partner(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                   LocalDate asOf, @RequestParam(required = false) String status, Model model) {
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
        String shown = "ALL".equals(status) ? "ALL" : "OPEN";
        model.addAttribute("partner", partners.partner(id));
        model.addAttribute("items", partners.openItems(id, day, shown));
        model.addAttribute("asOf", day);
        model.addAttribute("status", shown);
        model.addAttribute("from", day.withDayOfYear(1));
        return "partner";
    }

    @GetMapping("/ui/partners/{id}/statement")
    ResponseEntity<?> statementDownload(@PathVariable UUID id,
                                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                        @RequestParam String format) {
        return partners.statement(id, from, to, switch (format) {
            case "csv" -> Downloads.CSV;
            case "pdf" -> "application/pdf";
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "format must be csv or pdf");
        });
    }

    @PostMapping("/ui/partners/{id}/allocations")
    String allocate(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
                    RedirectAttributes redirect) {
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>(form);
        body.set("id", UUID.randomUUID().toString());
        body.set("amount.currency", "EUR");
        return forms.submit("allocate", body, PartnerCommandController.AllocationRequest.class, Set.of(),
                r -> commands.allocate(id, r), done -> "/ui/partners/" + id, "Payment allocated.", model, redirect,
                () -> partner(id, null, null, model));
    }

    /** Receivables or payables by days past due, as of a date. */
    @GetMapping("/ui/aging")
    String aging(@RequestParam(required = false) String kind, @RequestParam(required = false)
                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
        String shown = "SUPPLIER".equals(kind) ? "SUPPLIER" : "CUSTOMER";
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
        model.addAttribute("kind", shown);
        model.addAttribute("asOf", day);
        model.addAttribute("aging", partners.agingView(shown, day, "EUR"));
        return "aging";
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
