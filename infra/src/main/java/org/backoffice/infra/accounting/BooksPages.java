package org.backoffice.infra.accounting;

import org.backoffice.command.accounting.chart.web.ChartCommandController;
import org.backoffice.command.accounting.ledger.web.JournalEntryCommandController;
import org.backoffice.command.accounting.ledger.web.JournalEntryCommandController.JournalEntryRequest;
import org.backoffice.events.accounting.AccountGroups;
import org.backoffice.events.accounting.EntrySide;
import org.backoffice.infra.web.ui.Forms;
import org.backoffice.infra.web.ui.WebPage;
import org.backoffice.query.accounting.chart.web.ChartQueryController;
import org.backoffice.query.accounting.ledger.web.BalancesQueryController;
import org.backoffice.query.accounting.reports.web.ReportQueryController;
import org.backoffice.query.accounting.tax.web.TaxCodeQueryController;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The books: booking a journal entry, the chart of accounts, the statements and the VAT return. */
@WebPage
class BooksPages {

    private static final Pattern LEG_FIELD = Pattern.compile("legs\\[(\\d{1,3})]\\.(.+)");
    static final int FIRST_ROWS = 4;

    private final JournalEntryCommandController journal;
    private final ChartCommandController chartCommands;
    private final ChartQueryController chart;
    private final TaxCodeQueryController taxCodes;
    private final ReportQueryController reports;
    private final BalancesQueryController balances;
    private final Forms forms;
    private final Clock clock;
    private final org.backoffice.infra.security.OperationRules operations;

    BooksPages(JournalEntryCommandController journal, ChartCommandController chartCommands, ChartQueryController chart,
               TaxCodeQueryController taxCodes, ReportQueryController reports, BalancesQueryController balances,
               Forms forms, Clock clock, org.backoffice.infra.security.OperationRules operations) {
        this.journal = journal;
        this.chartCommands = chartCommands;
        this.chart = chart;
        this.taxCodes = taxCodes;
        this.reports = reports;
        this.balances = balances;
        this.forms = forms;
        this.clock = clock;
        this.operations = operations;
    }

    // ---- journal entry

    @GetMapping("/ui/journal")
    String journal(Model model) {
        if (!operations.allows("JournalEntryCommandController.post")) {
            // The page is a booking form: who may not book has nothing to do here.
            throw new org.springframework.security.access.AccessDeniedException("may not book journal entries");
        }
        model.addAttribute("allAccounts", balances.accounts(null, null, null, null, 0, 500).items());
        model.addAttribute("taxCodes", taxCodes.taxCodes().taxCodes());
        model.addAttribute("sides", EntrySide.values());
        int rows = FIRST_ROWS;
        Object form = model.getAttribute("form");
        if (form instanceof java.util.Map<?, ?> submitted) {
            for (Object key : submitted.keySet()) {
                Matcher m = LEG_FIELD.matcher(String.valueOf(key));
                if (m.matches()) {
                    rows = Math.max(rows, Integer.parseInt(m.group(1)) + 1);
                }
            }
        }
        model.addAttribute("rows", rows);
        model.addAttribute("today", LocalDate.now(clock));
        return "journal";
    }

    @PostMapping("/ui/journal")
    String book(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
        String currency = form.getFirst("currency");
        form.forEach((name, values) -> {
            Matcher m = LEG_FIELD.matcher(name);
            if (m.matches() && rowIsBlank(form, m.group(1))) {
                return; // a row offered but not filled in
            }
            if (!name.equals("currency")) {
                body.put(name, values);
            }
            if (m.matches() && m.group(2).equals("amount.amount")) {
                // One currency field for the whole entry: every leg is in it.
                body.set("legs[" + m.group(1) + "].amount.currency", currency);
            }
        });
        return forms.submit("journal", body, JournalEntryRequest.class, Set.of(), journal::post,
                created -> "/ui/transactions/" + created.getBody().id(), "Entry booked.", model, redirect,
                () -> journal(model));
    }

    private static boolean rowIsBlank(MultiValueMap<String, String> form, String row) {
        return Forms.blankToNull(form.getFirst("legs[" + row + "].accountId")) == null
                && Forms.blankToNull(form.getFirst("legs[" + row + "].amount.amount")) == null;
    }

    // ---- chart of accounts

    @GetMapping("/ui/chart")
    String chart(Model model) {
        model.addAttribute("chart", chart.chart());
        model.addAttribute("taxCodes", taxCodes.taxCodes().taxCodes());
        model.addAttribute("templates", AccountGroups.Template.values());
        return "chart";
    }

    @PostMapping("/ui/chart")
    String applyTemplate(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        return forms.submit("chart", form, ChartCommandController.ApplyTemplateRequest.class, Set.of(),
                chartCommands::apply, applied -> "/ui/chart", "Chart of accounts set up.", model, redirect,
                () -> chart(model));
    }

    // ---- statements

    @GetMapping("/ui/statements")
    String statements(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      Model model) {
        LocalDate end = to != null ? to : LocalDate.now(clock);
        LocalDate start = from != null ? from : end.withDayOfYear(1);
        if (end.isBefore(start)) {
            model.addAttribute("failure", "The period ends before it starts.");
            start = end.withDayOfYear(1);
        }
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("sheet", reports.balanceSheetView(end, "EUR"));
        model.addAttribute("pl", reports.profitAndLossView(start, end, "EUR"));
        model.addAttribute("trial", reports.trialBalanceView(start, end));
        return "statements";
    }

    @GetMapping("/ui/statements/balance-sheet")
    ResponseEntity<?> balanceSheetDownload(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                           @RequestParam String format) {
        return reports.balanceSheet(date, "EUR", accept(format));
    }

    @GetMapping("/ui/statements/profit-and-loss")
    ResponseEntity<?> profitAndLossDownload(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                            @RequestParam String format) {
        return reports.profitAndLoss(from, to, "EUR", accept(format));
    }

    @GetMapping("/ui/statements/trial-balance")
    ResponseEntity<?> trialBalanceDownload(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                           @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.trialBalance(from, to, ReportQueryController.CSV);
    }

    private static String accept(String format) {
        return switch (format) {
            case "csv" -> ReportQueryController.CSV;
            case "pdf" -> "application/pdf";
            default -> throw new ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST,
                    "format must be csv or pdf");
        };
    }

    // ---- VAT return

    @GetMapping("/ui/vat-return")
    String vatReturn(@RequestParam(required = false) String period,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                     Model model) {
        String chosen = Forms.blankToNull(period) != null ? period.strip() : YearMonth.now(clock).minusMonths(1).toString();
        model.addAttribute("period", chosen);
        model.addAttribute("asOf", asOf);
        try {
            model.addAttribute("vat", ((ResponseEntity<?>) reports.vatReturn(chosen, asOf, "EUR", null)).getBody());
        } catch (ResponseStatusException e) {
            model.addAttribute("failure", e.getReason());
        }
        return "vat-return";
    }

    @GetMapping("/ui/vat-return/download")
    ResponseEntity<?> vatReturnDownload(@RequestParam String period,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return reports.vatReturn(period, asOf, "EUR", ReportQueryController.CSV);
    }
}
