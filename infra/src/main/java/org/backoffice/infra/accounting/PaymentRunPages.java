package org.backoffice.infra.accounting;

import org.backoffice.command.accounting.paymentrun.web.PaymentRunCommandController;
import org.backoffice.command.accounting.paymentrun.web.PaymentRunCommandController.CancellationRequest;
import org.backoffice.command.accounting.paymentrun.web.PaymentRunCommandController.PaymentRunRequest;
import org.backoffice.infra.web.ui.Forms;
import org.backoffice.infra.web.ui.WebPage;
import org.backoffice.query.accounting.ledger.web.BalancesQueryController;
import org.backoffice.query.accounting.paymentrun.web.PaymentRunQueryController;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.security.Principal;
import java.util.Set;
import java.util.UUID;

/** Supplier payment runs: prepare, approve (another user), cancel, and the SEPA file for the bank. */
@WebPage
class PaymentRunPages {

    private final PaymentRunCommandController commands;
    private final PaymentRunQueryController runs;
    private final BalancesQueryController balances;
    private final Forms forms;

    PaymentRunPages(PaymentRunCommandController commands, PaymentRunQueryController runs, BalancesQueryController balances,
                    Forms forms) {
        this.commands = commands;
        this.runs = runs;
        this.balances = balances;
        this.forms = forms;
    }

    @GetMapping("/ui/payment-runs")
    String list(Model model) {
        model.addAttribute("runs", runs.runs(0, 100));
        var assets = balances.accounts(org.backoffice.events.accounting.AccountType.ASSET, null, null, null, 0, 500).items();
        model.addAttribute("banks", assets.stream().filter(a -> a.bankDetails() != null).toList());
        model.addAttribute("transits", assets.stream().filter(a -> a.party() == null && a.bankDetails() == null).toList());
        return "payment-runs";
    }

    @PostMapping("/ui/payment-runs")
    String prepare(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect,
                   Principal user) {
        return forms.submit("prepare", form, PaymentRunRequest.class, Set.of("partnerIds"), r -> commands.prepare(r, user),
                created -> "/ui/payment-runs/" + created.getBody().id(), "Payment run prepared: another user approves it.",
                model, redirect, () -> list(model));
    }

    @GetMapping("/ui/payment-runs/{id}")
    String run(@PathVariable UUID id, Model model) {
        model.addAttribute("run", runs.run(id));
        return "payment-run";
    }

    @PostMapping("/ui/payment-runs/{id}/approval")
    String approve(@PathVariable UUID id, Model model, RedirectAttributes redirect, Principal user) {
        return forms.perform("approve", () -> commands.approve(id, user), "/ui/payment-runs/" + id,
                "Payment run approved: its payments are booked.", model, redirect, () -> run(id, model));
    }

    @PostMapping("/ui/payment-runs/{id}/cancellation")
    String cancel(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
                  RedirectAttributes redirect, Principal user) {
        return forms.submit("cancel", form, CancellationRequest.class, Set.of(), r -> commands.cancel(id, r, user),
                done -> "/ui/payment-runs/" + id, "Payment run cancelled.", model, redirect, () -> run(id, model));
    }

    @GetMapping("/ui/payment-runs/{id}/file")
    ResponseEntity<String> file(@PathVariable UUID id) {
        return runs.file(id);
    }
}
