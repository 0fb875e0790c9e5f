package org.backoffice.infra.accounting;

import org.backoffice.command.accounting.closing.web.FiscalYearCommandController;
import org.backoffice.command.accounting.closing.web.FiscalYearCommandController.FiscalYearRequest;
import org.backoffice.command.accounting.closing.web.FiscalYearCommandController.ReopenRequest;
import org.backoffice.infra.web.ui.Forms;
import org.backoffice.infra.web.ui.WebPage;
import org.backoffice.query.accounting.closing.web.FiscalYearQueryController;
import org.backoffice.query.accounting.exports.web.ExportController;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.security.Principal;
import java.time.LocalDate;
import java.util.Set;

/**
 * Closing the books: the fiscal years with their periods (close in order, the year-end), a
 * period's seal verified against the events and its history (reopened by an administrator with a
 * reason), and the DATEV and tax-audit files as downloads.
 */
@WebPage
class ClosingPages {

    private final FiscalYearCommandController commands;
    private final FiscalYearQueryController years;
    private final ExportController exports;
    private final Forms forms;

    ClosingPages(FiscalYearCommandController commands, FiscalYearQueryController years, ExportController exports,
                 Forms forms) {
        this.commands = commands;
        this.years = years;
        this.exports = exports;
        this.forms = forms;
    }

    @GetMapping("/ui/fiscal-years")
    String list(Model model) {
        var all = years.fiscalYears().fiscalYears();
        model.addAttribute("years", all);
        // Periods close in order: only the earliest open one offers to be closed.
        model.addAttribute("closable", all.stream().flatMap(y -> y.periods().stream())
                .filter(p -> "OPEN".equals(p.status())).map(p -> p.name()).findFirst().orElse(""));
        return "fiscal-years";
    }

    @PostMapping("/ui/fiscal-years")
    String open(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        return forms.submit("open-year", form, FiscalYearRequest.class, Set.of(), commands::open,
                created -> "/ui/fiscal-years", "Fiscal year opened.", model, redirect, () -> list(model));
    }

    @PostMapping("/ui/fiscal-years/{year}/periods/{period}/close")
    String close(@PathVariable int year, @PathVariable int period, Model model, RedirectAttributes redirect) {
        return forms.perform("close-" + period, () -> commands.close(year, period),
                "/ui/fiscal-years/" + year + "/periods/" + period,
                "Period closed: no posting dated in it is taken any more. Its seal follows.", model, redirect,
                () -> list(model));
    }

    @PostMapping("/ui/fiscal-years/{year}/close")
    String closeYear(@PathVariable int year, Model model, RedirectAttributes redirect) {
        return forms.perform("close-year", () -> commands.closeYear(year), "/ui/fiscal-years",
                "Fiscal year " + year + " closed: its result is carried forward.", model, redirect, () -> list(model));
    }

    @GetMapping("/ui/fiscal-years/{year}/periods/{period}")
    String period(@PathVariable int year, @PathVariable int period,
                  @RequestParam(required = false, defaultValue = "false") boolean verify, Model model) {
        model.addAttribute("period", years.period(year, period));
        if (verify) {
            model.addAttribute("verification", years.verification(year, period));
        }
        return "fiscal-period";
    }

    @PostMapping("/ui/fiscal-years/{year}/periods/{period}/reopen")
    String reopen(@PathVariable int year, @PathVariable int period, @RequestParam MultiValueMap<String, String> form,
                  Model model, RedirectAttributes redirect) {
        return forms.submit("reopen", form, ReopenRequest.class, Set.of(), r -> commands.reopen(year, period, r),
                done -> "/ui/fiscal-years/" + year + "/periods/" + period, "Period reopened.", model, redirect,
                () -> period(year, period, false, model));
    }

    @GetMapping("/ui/exports/datev")
    ResponseEntity<StreamingResponseBody> datev(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                Principal user) {
        return exports.datevBookings(from, to, user);
    }

    @GetMapping("/ui/exports/datev-accounts")
    ResponseEntity<StreamingResponseBody> datevAccounts(Principal user) {
        return exports.datevAccounts(user);
    }

    @GetMapping("/ui/exports/datev-opening-balances")
    ResponseEntity<StreamingResponseBody> datevOpeningBalances(@RequestParam int year, Principal user) {
        return exports.datevOpeningBalances(year, user);
    }

    @GetMapping("/ui/exports/gobd")
    ResponseEntity<StreamingResponseBody> gobd(@RequestParam int year) {
        return exports.gobd(year);
    }
}
