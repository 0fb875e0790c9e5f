package org.backoffice.infra.accounting;

import org.backoffice.command.accounting.bank.web.BankStatementCommandController;
import org.backoffice.command.accounting.bank.web.BankStatementCommandController.BankEntryAssignmentRequest;
import org.backoffice.command.accounting.ledger.DocumentNumbers;
import org.backoffice.infra.web.ui.Forms;
import org.backoffice.infra.web.ui.WebPage;
import org.backoffice.query.accounting.bank.web.BankStatementQueryController;
import org.backoffice.query.accounting.ledger.web.BalancesQueryController;
import org.backoffice.query.accounting.partner.web.PartnerQueryController;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Bank statements: upload a camt.053 file, see how each entry was matched, assign the unmatched
 * ones, and the reconciliation of the bank account with its statement.
 */
@WebPage
class BankStatementPages {

    private final BankStatementCommandController commands;
    private final BankStatementQueryController statements;
    private final BalancesQueryController balances;
    private final PartnerQueryController partners;
    private final Forms forms;
    private final Clock clock;
    private final DocumentNumbers documentNumbers;

    BankStatementPages(BankStatementCommandController commands, BankStatementQueryController statements,
                       BalancesQueryController balances, PartnerQueryController partners, Forms forms, Clock clock,
                       DocumentNumbers documentNumbers) {
        this.documentNumbers = documentNumbers;
        this.commands = commands;
        this.statements = statements;
        this.balances = balances;
        this.partners = partners;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/ui/bank-statements")
    String list(Model model) {
        model.addAttribute("statements", statements.statements(null, 0, 100));
        model.addAttribute("unmatched", statements.unmatched(0, 100));
        model.addAttribute("banks", balances.accounts(org.backoffice.events.accounting.AccountType.ASSET, null, null, null, 0, 500)
                .items().stream().filter(a -> a.bankDetails() != null).toList());
        return "bank-statements";
    }

    @PostMapping("/ui/bank-statements")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect,
                  Principal user) {
        return forms.perform("upload", () -> {
            if (file == null || file.isEmpty()) {
                throw org.backoffice.command.common.StandardErrors.invalidField("file", "choose a camt.053 file");
            }
            try {
                return commands.importStatement(BankStatementCommandController.text(file.getBytes()), user.getName());
            } catch (IOException e) {
                throw new IllegalStateException("the upload could not be read", e);
            }
        }, imported -> {
            var body = imported.getBody();
            return body.id() == null
                    ? new Forms.Next("/ui/bank-statements", "Nothing new: all " + body.known() + " entries were imported before.")
                    : new Forms.Next("/ui/bank-statements/" + body.id(), body.entries() + " new entries imported"
                    + (body.known() > 0 ? ", " + body.known() + " known from an earlier statement" : "") + ".");
        }, model, redirect, () -> list(model));
    }

    @GetMapping("/ui/bank-statements/{id}")
    String statement(@PathVariable UUID id, Model model) {
        var s = statements.statement(id);
        model.addAttribute("statement", s);
        model.addAttribute("partners", partners.partners(null, 0, 500).items());
        model.addAttribute("accounts", balances.accounts(null, null, null, null, 0, 500).items());
        model.addAttribute("reconciliation", statements.reconciliationView(s.accountId(),
                s.closingDate() != null ? s.closingDate() : LocalDate.now(clock)).orElse(null));
        return "bank-statement";
    }

    @PostMapping("/ui/bank-statements/{id}/entries/{position}/assignment")
    String assign(@PathVariable UUID id, @PathVariable int position, @RequestParam MultiValueMap<String, String> form,
                  Model model, RedirectAttributes redirect, Principal user) {
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
        form.forEach((k, v) -> {
            if (!v.isEmpty() && v.get(0) != null && !v.get(0).isBlank()) {
                body.put(k, v);
            }
        });
        // The accountant names the invoice by its document number, as it is printed on it.
        String number = body.getFirst("settles[0].documentNumber");
        body.remove("settles[0].documentNumber");
        if (number != null) {
            UUID item = documentNumbers.holderIgnoringCase(number.strip()).orElse(null);
            if (item == null) {
                body.set("settles[0].itemId", "no-such-document");
            } else {
                body.set("settles[0].itemId", item.toString());
            }
            body.set("settles[0].amount.currency", "EUR");
        }
        return forms.submit("assign-" + position, body, BankEntryAssignmentRequest.class, Set.of(),
                r -> commands.assign(id, position, r, user), done -> "/ui/bank-statements/" + id,
                "Entry " + position + " booked.", model, redirect, () -> statement(id, model));
    }

    @GetMapping("/ui/bank-reconciliation")
    String reconciliation(@RequestParam UUID accountId, @RequestParam(required = false)
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
        model.addAttribute("reconciliation", statements.reconciliation(accountId, date));
        return "bank-reconciliation";
    }
}
