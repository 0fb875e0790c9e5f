package org.backoffice.infra.accounting;

import org.backoffice.infra.web.ui.WebPage;
import org.backoffice.infra.web.ui.Forms;
import org.backoffice.command.accounting.ledger.web.AccountCommandController;
import org.backoffice.command.accounting.ledger.web.AccountCommandController.OpenAccountRequest;
import org.backoffice.command.accounting.ledger.web.TransactionCommandController;
import org.backoffice.command.accounting.ledger.web.TransactionCommandController.PostTransactionRequest;
import org.backoffice.command.accounting.ledger.web.TransactionCommandController.ReversalRequest;
import org.backoffice.command.accounting.ledger.web.TransactionCommandController.TransactionAccepted;
import org.backoffice.events.accounting.AccountType;
import org.backoffice.events.accounting.TransactionKind;
import org.backoffice.command.accounting.standingorder.web.StandingOrderCommandController;
import org.backoffice.command.accounting.payroll.web.PayrollCommandController;
import org.backoffice.query.accounting.ledger.web.BalancesQueryController;
import org.backoffice.query.accounting.standingorder.web.StandingOrderQueryController;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Set;
import java.util.UUID;

/** Accounts with balances, an account's ledger, opening accounts and posting every kind of transaction. */
@WebPage
class AccountingPages {

    private final AccountCommandController accounts;
    private final TransactionCommandController transactions;
    private final BalancesQueryController balances;
    private final StandingOrderCommandController standingOrders;
    private final PayrollCommandController payroll;
    private final StandingOrderQueryController standing;
    private final Forms forms;

    AccountingPages(AccountCommandController accounts, TransactionCommandController transactions,
                    BalancesQueryController balances, StandingOrderCommandController standingOrders,
                    StandingOrderQueryController standing, PayrollCommandController payroll, Forms forms) {
        this.payroll = payroll;
        this.accounts = accounts;
        this.transactions = transactions;
        this.balances = balances;
        this.standingOrders = standingOrders;
        this.standing = standing;
        this.forms = forms;
    }

    @GetMapping("/ui/accounts")
    String list(@RequestParam(required = false) AccountType type, @RequestParam(required = false) Integer page,
                Model model) {
        model.addAttribute("type", type);
        model.addAttribute("accounts", balances.accounts(type, null, null, null, page, 100));
        model.addAttribute("allAccounts", balances.accounts(null, null, null, null, 0, 500).items());
        model.addAttribute("accountTypes", AccountType.values());
        model.addAttribute("groups", org.backoffice.events.accounting.AccountGroups.all());
        model.addAttribute("kinds", java.util.Arrays.stream(TransactionKind.values())
                .filter(k -> k != TransactionKind.JOURNAL_ENTRY).toList());
        return "accounts";
    }

    @PostMapping("/ui/accounts")
    String open(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>(form);
        // One currency field on the page: the overdraft limit is in the account's currency.
        if (body.getFirst("overdraftLimit.amount") != null && !body.getFirst("overdraftLimit.amount").isBlank()) {
            body.set("overdraftLimit.currency", body.getFirst("currency"));
        }
        return forms.submit("open", body, OpenAccountRequest.class, Set.of(), accounts::open,
                created -> "/ui/accounts/" + created.getBody().id(), "Account opened.", model, redirect,
                () -> list(null, null, model));
    }

    @GetMapping("/ui/accounts/{id}")
    String account(@PathVariable UUID id, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, Model model) {
        model.addAttribute("account", balances.account(id));
        model.addAttribute("entries", balances.entries(id, from, to, 0, 500));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "account";
    }

    @PostMapping("/ui/accounts/{id}/closure")
    String close(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        return forms.perform("close", () -> accounts.close(id), "/ui/accounts/" + id, "Account closed.", model, redirect,
                () -> account(id, null, null, model));
    }

    @PostMapping("/ui/transactions")
    String post(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        return forms.submit("post", form, PostTransactionRequest.class, Set.of(), transactions::post,
                accepted -> {
                    TransactionAccepted a = accepted.getBody();
                    redirect.addFlashAttribute("outcome", a);
                    return "/ui/transactions/" + a.id();
                }, "Transaction posted.", model, redirect, () -> list(null, null, model));
    }

    /** Payroll: start a period's run, and look one up with each payment's outcome. */
    @GetMapping("/ui/payroll")
    String payroll(@RequestParam(required = false) String period, Model model,
                   jakarta.servlet.http.HttpServletRequest request) {
        model.addAttribute("period", period);
        if (period != null && !period.isBlank()) {
            try {
                model.addAttribute("run", balances.payrollRun(period.strip(), request));
            } catch (ResponseStatusException notThere) {
                model.addAttribute("runMissing", notThere.getReason());
            }
        }
        model.addAttribute("allAccounts", balances.accounts(null, null, null, null, 0, 500).items());
        return "payroll";
    }

    @PostMapping("/ui/payroll")
    String startPayroll(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        return forms.submit("payroll", form, PayrollCommandController.PayrollRunRequest.class, Set.of(), payroll::start,
                accepted -> "/ui/payroll?period=" + accepted.getBody().period(), "Payroll run started.", model, redirect,
                () -> payroll(null, model, null));
    }

    @GetMapping("/ui/standing-orders")
    String standingOrders(Model model) {
        model.addAttribute("orders", standing.standingOrders(null, 0, 500).items());
        model.addAttribute("allAccounts", balances.accounts(null, null, null, null, 0, 500).items());
        return "standing-orders";
    }

    @PostMapping("/ui/standing-orders")
    String createStandingOrder(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        return forms.submit("order", form, StandingOrderCommandController.StandingOrderRequest.class, Set.of(),
                standingOrders::create, created -> "/ui/standing-orders", "Standing order created.", model, redirect,
                () -> standingOrders(model));
    }

    @PostMapping("/ui/standing-orders/{id}/cancellation")
    String cancelStandingOrder(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        return forms.perform("cancel-" + id, () -> standingOrders.cancel(id), "/ui/standing-orders",
                "Standing order cancelled.", model, redirect, () -> standingOrders(model));
    }

    @GetMapping("/ui/transactions/{id}")
    String transaction(@PathVariable UUID id, Model model) {
        try {
            var transaction = balances.transaction(id);
            model.addAttribute("transaction", transaction);
            // The legs by account number: a page reads "1400", not an id.
            java.util.Map<UUID, String> numbers = new java.util.HashMap<>();
            for (var leg : transaction.legs()) {
                numbers.computeIfAbsent(leg.accountId(), account -> {
                    try {
                        var a = balances.account(account);
                        return a.number() + " " + a.name();
                    } catch (ResponseStatusException gone) {
                        return null;
                    }
                });
            }
            model.addAttribute("accountNumbers", numbers);
        } catch (ResponseStatusException notYetInTheReadModel) {
            model.addAttribute("pending", id);
        }
        return "transaction";
    }

    @PostMapping("/ui/transactions/{id}/reversal")
    String reverse(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
                   RedirectAttributes redirect) {
        return forms.submit("reverse", form, ReversalRequest.class, Set.of(), r -> transactions.reverse(id, r),
                accepted -> "/ui/transactions/" + accepted.getBody().id(), "Reversal posted.", model, redirect,
                () -> transaction(id, model));
    }
}
