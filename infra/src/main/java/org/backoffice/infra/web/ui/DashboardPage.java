package org.backoffice.infra.web.ui;

import org.backoffice.infra.security.OperationRules;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.backoffice.query.accounting.ledger.web.BalancesQueryController;
import org.backoffice.query.accounting.ledger.BalancesViews.AccountBalance;
import org.backoffice.query.hr.employment.web.HrQueryController;
import org.backoffice.query.it.asset.web.InventoryQueryController;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/**
 * The first page after sign-in: what each role may read of the trial balance, balances by account
 * type, headcount by department with its monthly trend, and devices by type and status, now or as
 * of a chosen day. Every number comes from the same queries as the REST reports.
 */
@WebPage
class DashboardPage {

    private final BalancesQueryController balances;
    private final org.backoffice.query.accounting.reports.web.ReportQueryController reports;
    private final HrQueryController hr;
    private final InventoryQueryController inventory;
    private final Clock clock;
    private final OperationRules operations;

    DashboardPage(BalancesQueryController balances,
                  org.backoffice.query.accounting.reports.web.ReportQueryController reports, HrQueryController hr, InventoryQueryController inventory, Clock clock, OperationRules operations) {
        this.balances = balances;
        this.reports = reports;
        this.hr = hr;
        this.inventory = inventory;
        this.clock = clock;
        this.operations = operations;
    }

    @GetMapping("/")
    String root() {
        return "redirect:/ui";
    }

    @GetMapping("/ui")
    String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                     HttpServletRequest request, Model model) {
        LocalDate today = LocalDate.now(clock);
        boolean past = asOf != null && asOf.isBefore(today);
        LocalDate day = past ? asOf : today;
        model.addAttribute("asOf", past ? asOf : null);
        model.addAttribute("today", today);
        if (operations.allows("ReportQueryController.trialBalance")) {
            String at = past ? day.toString() : null;
            model.addAttribute("trialBalance", reports.trialBalanceView(null, null));
            // Per account type and currency: the sum of the balances, as of the day's end.
            Map<String, Map<String, BigDecimal>> byType = new TreeMap<>();
            for (AccountBalance a : balances.balances(at).accounts()) {
                byType.computeIfAbsent(a.type().name(), t -> new TreeMap<>())
                        .merge(a.balance().currency(), a.balance().amount(), BigDecimal::add);
            }
            model.addAttribute("balancesByType", byType);
        }
        if (operations.allows("HrQueryController.headcount")) {
            model.addAttribute("headcount", hr.headcount(day));
            YearMonth last = YearMonth.from(day);
            // Plain values for the chart script (no date types to serialise).
            model.addAttribute("trend", hr.trend(last.minusMonths(11).toString(), last.toString()).stream()
                    .map(p -> Map.of("month", p.month().toString(), "headcount", p.headcount(), "hires", p.hires(),
                            "terminations", p.terminations()))
                    .toList());
        }
        if (operations.allows("InventoryQueryController.inventory")) {
            model.addAttribute("inventory", inventory.inventory(past ? day.toString() : null));
        }
        return "dashboard";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** Where a refused page or form lands (forwarded with the refused request's method, status 403). */
    @RequestMapping("/ui/forbidden")
    String forbidden(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "forbidden";
    }
}
