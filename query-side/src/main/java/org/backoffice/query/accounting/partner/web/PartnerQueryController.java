package org.backoffice.query.accounting.partner.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.backoffice.events.accounting.PartyKind;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.backoffice.query.accounting.partner.OpenItemCsv;
import org.backoffice.query.accounting.partner.OpenItemProjection;
import org.backoffice.query.accounting.partner.OpenItemViews;
import org.backoffice.query.accounting.partner.PartnerProjection;
import org.backoffice.query.accounting.partner.PartnerStatementPdf;
import org.backoffice.query.common.Downloads;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestHeader;
import java.time.Clock;
import java.time.LocalDate;
import org.backoffice.query.common.Allowed;
import org.backoffice.query.common.PageRequestParams;
import org.backoffice.query.common.PageView;
import org.backoffice.query.common.QueryErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.UUID;

@RestController
@Tag(name = "Accounting")
public class PartnerQueryController {

    private final QueryGateway queries;
    private final Clock clock;

    public PartnerQueryController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/api/v1/partners")
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "Customers and suppliers with their bank details, payment terms and personal account, by name")
    @QueryErrors.List
    public PageView<PartnerProjection.PartnerView> partners(
            @RequestParam(required = false) @Parameter(schema = @Schema(allowableValues = {"CUSTOMER", "SUPPLIER"})) PartyKind kind,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        if (kind == PartyKind.EMPLOYEE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "kind must be CUSTOMER or SUPPLIER");
        }
        PageRequestParams p = PageRequestParams.of(page, size);
        return queries.query(new PartnerProjection.FindPartners(kind, p.page(), p.size()),
                PartnerProjection.PartnerList.class).join().page();
    }

    @GetMapping("/api/v1/partners/{id}")
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "One customer or supplier")
    @QueryErrors.Item
    public PartnerProjection.PartnerView partner(@PathVariable UUID id) {
        return queries.query(new PartnerProjection.FindPartner(id),
                        ResponseTypes.optionalInstanceOf(PartnerProjection.PartnerView.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "partner " + id + " does not exist"));
    }

    @GetMapping("/api/v1/partners/{id}/open-items")
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "A partner's open items and payments as of a date",
            description = "Items (invoices) by due date with what is settled and open, and payments with what is not yet "
                    + "allocated. asOf: default today; status OPEN (default) lists only open items and unallocated "
                    + "payments, ALL also the settled, allocated and reversed ones.")
    @QueryErrors.Item
    public OpenItemViews.PartnerItemsView openItems(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false, defaultValue = "OPEN")
            @Parameter(schema = @Schema(allowableValues = {"OPEN", "ALL"})) String status) {
        if (!status.equals("OPEN") && !status.equals("ALL")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "status must be OPEN or ALL");
        }
        return queries.query(new OpenItemProjection.FindPartnerItems(id, asOf != null ? asOf : LocalDate.now(clock),
                        status.equals("OPEN")), ResponseTypes.optionalInstanceOf(OpenItemViews.PartnerItemsView.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "partner " + id + " does not exist"));
    }

    @GetMapping(value = "/api/v1/partners/{id}/statement", produces = {MediaType.APPLICATION_JSON_VALUE, Downloads.CSV,
            MediaType.APPLICATION_PDF_VALUE})
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "A partner's statement: its account's entries with the running balance, and its open items",
            description = "from: default 1 January of to's year; to: default today (booking dates, inclusive). The "
                    + "balance is positive for what a customer owes us or we owe a supplier. Accept: text/csv or "
                    + "application/pdf for a download.")
    @ApiResponse(responseCode = "200", description = "The statement", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = OpenItemViews.PartnerStatementView.class)),
            @Content(mediaType = Downloads.CSV, schema = @Schema(type = "string")),
            @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary"))})
    @QueryErrors.Item
    public ResponseEntity<?> statement(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        LocalDate end = to != null ? to : LocalDate.now(clock);
        LocalDate start = from != null ? from : end.withDayOfYear(1);
        if (end.isBefore(start)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "to must not be before from");
        }
        OpenItemViews.PartnerStatementView view = queries.query(new OpenItemProjection.GetStatement(id, start, end),
                        ResponseTypes.optionalInstanceOf(OpenItemViews.PartnerStatementView.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "partner " + id + " does not exist"));
        return Downloads.answer(view, Downloads.format(accept, true), "statement-" + view.accountNumber() + "-" + end,
                OpenItemCsv::statement, PartnerStatementPdf::statement);
    }

    @GetMapping(value = "/api/v1/reports/aging", produces = {MediaType.APPLICATION_JSON_VALUE, Downloads.CSV})
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "Receivables or payables aging as of a date",
            description = "Per customer (kind CUSTOMER, default) or supplier (SUPPLIER): the open items by days past due "
                    + "(not due, 1–30, 31–60, 61–90, over 90), the unallocated payments, and the totals. asOf: default "
                    + "today; currency: default EUR. Accept: text/csv for CSV.")
    @ApiResponse(responseCode = "200", description = "The aging", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = OpenItemViews.AgingView.class)),
            @Content(mediaType = Downloads.CSV, schema = @Schema(type = "string"))})
    public ResponseEntity<?> aging(
            @RequestParam(required = false, defaultValue = "CUSTOMER")
            @Parameter(schema = @Schema(allowableValues = {"CUSTOMER", "SUPPLIER"})) String kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false, defaultValue = "EUR") String currency,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        if (!kind.equals("CUSTOMER") && !kind.equals("SUPPLIER")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "kind must be CUSTOMER or SUPPLIER");
        }
        if (!currency.matches("[A-Z]{3}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "currency must be an ISO 4217 code such as EUR");
        }
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
        OpenItemViews.AgingView view = agingView(kind, day, currency);
        return Downloads.answer(view, Downloads.format(accept, false), "aging-" + kind.toLowerCase() + "-" + day,
                OpenItemCsv::aging, null);
    }

    /** The aging itself (for the web pages). */
    public OpenItemViews.AgingView agingView(String kind, LocalDate asOf, String currency) {
        return queries.query(new OpenItemProjection.GetAging(kind, asOf, currency), OpenItemViews.AgingView.class).join();
    }
}
