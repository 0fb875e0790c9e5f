package org.backoffice.query.accounting.ledger.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.backoffice.query.common.Allowed;
import org.backoffice.query.accounting.ledger.BalancesQueries;
import org.backoffice.query.accounting.ledger.BalancesViews;
import org.backoffice.query.accounting.payroll.PayrollRunProjection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.backoffice.events.accounting.AccountType;
import org.backoffice.events.accounting.PartyKind;
import org.backoffice.query.accounting.ledger.BalancesViews.AccountView;
import org.backoffice.query.accounting.ledger.BalancesViews.BalancesReport;
import org.backoffice.query.accounting.ledger.BalancesViews.LedgerEntryView;
import org.backoffice.query.accounting.ledger.BalancesViews.TransactionView;
import org.backoffice.query.common.PageRequestParams;
import org.backoffice.query.common.PageView;
import org.backoffice.query.common.QueryErrors;
import org.backoffice.query.common.QueryParams;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.UUID;

@RestController
@Tag(name = "Accounting")
public class BalancesQueryController {

    private final QueryGateway queries;

    public BalancesQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/accounts")
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "Accounts with their balances")
    @QueryErrors.List
    public PageView<AccountView> accounts(@RequestParam(required = false) AccountType type,
                                          @RequestParam(required = false) PartyKind partyKind,
                                          @RequestParam(required = false) UUID partyId,
                                          @RequestParam(required = false) @io.swagger.v3.oas.annotations.Parameter(
                                                  description = "only the account with this number") String number,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size) {
        PageRequestParams p = PageRequestParams.of(page, size);
        return queries.query(new BalancesQueries.FindAccounts(type, partyKind, partyId, number, p.page(), p.size()),
                ResponseTypes.instanceOf(BalancesViews.AccountList.class)).join().page();
    }

    @GetMapping("/api/v1/accounts/{id}")
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "One account with its balance and status")
    @QueryErrors.Item
    public AccountView account(@PathVariable UUID id) {
        return queries.query(new BalancesQueries.FindAccount(id), ResponseTypes.optionalInstanceOf(AccountView.class))
                .join().orElseThrow(() -> notFound("account " + id));
    }

    @GetMapping("/api/v1/accounts/{id}/entries")
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "An account's ledger entries, oldest first",
            description = "from and to are dates (YYYY-MM-DD, inclusive) or ISO-8601 instants")
    @QueryErrors.Item
    public PageView<LedgerEntryView> entries(@PathVariable UUID id,
                                             @RequestParam(required = false) String from,
                                             @RequestParam(required = false) String to,
                                             @RequestParam(required = false) Integer page,
                                             @RequestParam(required = false) Integer size) {
        PageRequestParams p = PageRequestParams.of(page, size);
        var query = new BalancesQueries.FindEntries(id, QueryParams.instantOrDate("from", from, false),
                QueryParams.instantOrDate("to", to, true), p.page(), p.size());
        return queries.query(query, ResponseTypes.optionalInstanceOf(BalancesViews.EntryList.class))
                .join().orElseThrow(() -> notFound("account " + id)).page();
    }

    @GetMapping("/api/v1/transactions/{id}")
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "A transaction's status", description = "COMPLETED, REJECTED with its reason, or REVERSED")
    @QueryErrors.Item
    public TransactionView transaction(@PathVariable UUID id) {
        return queries.query(new BalancesQueries.FindTransaction(id),
                ResponseTypes.optionalInstanceOf(TransactionView.class)).join()
                .orElseThrow(() -> notFound("transaction " + id));
    }

    @GetMapping("/api/v1/reports/balances")
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "Every account's balance, now or as of an instant (ISO-8601, or a date = its end)")
    @QueryErrors.Report
    public BalancesReport balances(@RequestParam(required = false) String asOf) {
        return queries.query(new BalancesQueries.GetBalances(QueryParams.instantOrDate("asOf", asOf, true)),
                BalancesReport.class).join();
    }

    @GetMapping("/api/v1/payroll-runs/{period}")
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "A payroll run: RUNNING or COMPLETED, employees paid, total, and each payment's outcome",
            description = "Each payment's amount (an employee's pay) only for ACCOUNTING, AUDITOR, ADMIN")
    @QueryErrors.Item
    public PayrollRunProjection.PayrollRunView payrollRun(@PathVariable String period, HttpServletRequest request) {
        java.time.YearMonth month;
        try {
            month = java.time.YearMonth.parse(period);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "period must be a month YYYY-MM, not '" + period + "'");
        }
        PayrollRunProjection.PayrollRunView run = queries.query(new PayrollRunProjection.FindPayrollRun(month),
                        ResponseTypes.optionalInstanceOf(PayrollRunProjection.PayrollRunView.class)).join()
                .orElseThrow(() -> notFound("payroll run of " + period));
        boolean salaries = request.isUserInRole("ACCOUNTING") || request.isUserInRole("AUDITOR") || request.isUserInRole("ADMIN");
        return salaries ? run : run.withoutPaymentAmounts();
    }

    private static ResponseStatusException notFound(String what) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, what + " does not exist");
    }
}
