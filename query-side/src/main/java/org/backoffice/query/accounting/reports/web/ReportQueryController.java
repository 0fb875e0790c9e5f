package org.backoffice.query.accounting.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.backoffice.query.accounting.reports.ReportCsv;
import org.backoffice.query.accounting.reports.ReportQueries;
import org.backoffice.query.accounting.reports.ReportViews;
import org.backoffice.query.accounting.reports.StatementPdf;
import org.backoffice.query.common.Allowed;
import org.backoffice.query.common.Downloads;
import static org.backoffice.query.common.Downloads.answer;
import static org.backoffice.query.common.Downloads.format;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements and the VAT return, as JSON, as CSV (Accept: text/csv) and, for the balance
 * sheet and the profit and loss account, as a printable PDF (Accept: application/pdf).
 */
@RestController
@Tag(name = "Accounting")
public class ReportQueryController {

    public static final String CSV = Downloads.CSV;
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final String CURRENCY = "[A-Z]{3}";

    private final QueryGateway queries;
    private final Clock clock;

    public ReportQueryController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    private static void requireCurrency(String currency) {
        if (!currency.matches(CURRENCY)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "currency must be an ISO 4217 code such as EUR");
        }
    }

    @GetMapping(value = "/api/v1/reports/trial-balance", produces = {MediaType.APPLICATION_JSON_VALUE, CSV})
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "The trial balance: per account the opening balance, debits, credits and closing balance",
            description = "Of the entries booked from `from` to `to` (booking dates, inclusive; both empty: the whole "
                    + "ledger). Balances are signed by the account's normal side. Accept: text/csv for CSV.")
    @ApiResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ReportViews.TrialBalanceView.class)),
            @Content(mediaType = CSV, schema = @Schema(type = "string"))})
    public ResponseEntity<?> trialBalance(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "to must not be before from");
        }
        return answer(trialBalanceView(from, to), format(accept, false), "trial-balance", ReportCsv::trialBalance, null);
    }

    /** The trial balance itself (for the web pages, which ask as the operation does). */
    public ReportViews.TrialBalanceView trialBalanceView(LocalDate from, LocalDate to) {
        return queries.query(new ReportQueries.GetTrialBalance(from, to), ReportViews.TrialBalanceView.class).join();
    }

    /** The balance sheet itself (for the web pages). */
    public ReportViews.BalanceSheetView balanceSheetView(LocalDate date, String currency) {
        return queries.query(new ReportQueries.GetBalanceSheet(date, currency), ReportViews.BalanceSheetView.class).join();
    }

    /** The profit and loss account itself (for the web pages). */
    public ReportViews.ProfitAndLossView profitAndLossView(LocalDate from, LocalDate to, String currency) {
        return queries.query(new ReportQueries.GetProfitAndLoss(from, to, currency), ReportViews.ProfitAndLossView.class).join();
    }

    @GetMapping(value = "/api/v1/reports/balance-sheet", produces = {MediaType.APPLICATION_JSON_VALUE, CSV, MediaType.APPLICATION_PDF_VALUE})
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "The balance sheet as of a date, beside the same date a year before",
            description = "Grouped by the chart (§ 266 HGB). The result not yet closed into equity is shown as this "
                    + "financial year's (P.A.V) and the earlier years' (P.A.IV). date: default today; currency: default EUR. "
                    + "Accept: text/csv or application/pdf for a download.")
    @ApiResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ReportViews.BalanceSheetView.class)),
            @Content(mediaType = CSV, schema = @Schema(type = "string")),
            @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary"))})
    public ResponseEntity<?> balanceSheet(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false, defaultValue = "EUR") String currency,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        requireCurrency(currency);
        LocalDate day = date != null ? date : LocalDate.now(clock);
        ReportViews.BalanceSheetView view = balanceSheetView(day, currency);
        return answer(view, format(accept, true), "balance-sheet-" + day, ReportCsv::balanceSheet, StatementPdf::balanceSheet);
    }

    @GetMapping(value = "/api/v1/reports/profit-and-loss", produces = {MediaType.APPLICATION_JSON_VALUE, CSV, MediaType.APPLICATION_PDF_VALUE})
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "The profit and loss account of a period, beside the same period a year before",
            description = "Grouped by the chart (§ 275 (2) HGB, nature of expense method); amounts signed by their effect "
                    + "on the result. from: default 1 January of this year; to: default today; currency: default EUR. "
                    + "Accept: text/csv or application/pdf for a download.")
    @ApiResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ReportViews.ProfitAndLossView.class)),
            @Content(mediaType = CSV, schema = @Schema(type = "string")),
            @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary"))})
    public ResponseEntity<?> profitAndLoss(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false, defaultValue = "EUR") String currency,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        requireCurrency(currency);
        LocalDate end = to != null ? to : LocalDate.now(clock);
        LocalDate start = from != null ? from : end.withDayOfYear(1);
        if (end.isBefore(start)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "to must not be before from");
        }
        ReportViews.ProfitAndLossView view = profitAndLossView(start, end, currency);
        return answer(view, format(accept, true), "profit-and-loss-" + start + "-" + end, ReportCsv::profitAndLoss,
                StatementPdf::profitAndLoss);
    }

    @GetMapping(value = "/api/v1/reports/vat-return", produces = {MediaType.APPLICATION_JSON_VALUE, CSV})
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "The VAT advance return (Umsatzsteuer-Voranmeldung) of a month or quarter",
            description = "period: YYYY-MM or YYYY-Qn. From the entries booked in the period and recorded by asOf "
                    + "(a date, inclusive; default today): the return as it could be filed that day. Accept: text/csv for CSV.")
    @ApiResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ReportViews.VatReturnView.class)),
            @Content(mediaType = CSV, schema = @Schema(type = "string"))})
    public ResponseEntity<?> vatReturn(
            @RequestParam @Parameter(schema = @Schema(pattern = "^[0-9]{4}-(0[1-9]|1[0-2]|Q[1-4])$")) String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false, defaultValue = "EUR") String currency,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        requireCurrency(currency);
        LocalDate from;
        LocalDate to;
        Matcher quarter = QUARTER.matcher(period);
        if (quarter.matches()) {
            from = LocalDate.of(Integer.parseInt(quarter.group(1)), 3 * Integer.parseInt(quarter.group(2)) - 2, 1);
            to = from.plusMonths(3).minusDays(1);
        } else if (period.matches("\\d{4}-(0[1-9]|1[0-2])")) {
            YearMonth month = YearMonth.parse(period);
            from = month.atDay(1);
            to = month.atEndOfMonth();
        } else {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "period must be a month YYYY-MM or a quarter YYYY-Qn, not '"
                    + period + "'");
        }
        ReportViews.VatReturnView view = queries.query(new ReportQueries.GetVatReturn(period, from, to,
                asOf != null ? asOf : LocalDate.now(clock), currency), ReportViews.VatReturnView.class).join();
        return answer(view, format(accept, false), "vat-return-" + period, ReportCsv::vatReturn, null);
    }
}
