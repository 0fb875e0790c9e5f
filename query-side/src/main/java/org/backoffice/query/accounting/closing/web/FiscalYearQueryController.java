package org.backoffice.query.accounting.closing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.backoffice.query.accounting.closing.ClosingViews.FiscalYearView;
import org.backoffice.query.accounting.closing.ClosingViews.PeriodView;
import org.backoffice.query.accounting.closing.ClosingViews.VerificationView;
import org.backoffice.query.accounting.closing.FiscalYearProjection;
import org.backoffice.query.accounting.closing.PeriodVerification;
import org.backoffice.query.common.Allowed;
import org.backoffice.query.common.QueryErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

@RestController
@Tag(name = "Accounting")
public class FiscalYearQueryController {

    private final FiscalYearProjection years;
    private final PeriodVerification verification;

    public FiscalYearQueryController(FiscalYearProjection years, PeriodVerification verification) {
        this.years = years;
        this.verification = verification;
    }

    public record FiscalYearList(List<FiscalYearView> fiscalYears) {
    }

    @GetMapping("/api/v1/fiscal-years")
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "The fiscal years with their periods, oldest first (not a page: one per year)")
    @QueryErrors.Report
    public FiscalYearList fiscalYears() {
        return new FiscalYearList(years.years());
    }

    @GetMapping("/api/v1/fiscal-years/{year}")
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "One fiscal year with its periods: status, seal, history")
    @QueryErrors.Item
    public FiscalYearView fiscalYear(@PathVariable int year) {
        return years.year(year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "there is no fiscal year " + year));
    }

    @GetMapping("/api/v1/fiscal-years/{year}/periods/{period}")
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "One period: status, who closed it when, its seal and its history")
    @QueryErrors.Item
    public PeriodView period(@PathVariable int year, @PathVariable int period) {
        return years.period(year, period).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "there is no period " + period + " in fiscal year " + year));
    }

    @GetMapping("/api/v1/fiscal-years/{year}/periods/{period}/verification")
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "Verify a closed period's seal against the events",
            description = "Rebuilds the chain heads, trial balance, journal and VAT return from the events up to the "
                    + "sealed position and compares each with its digest: REPRODUCED, or DIFFERS naming what differs "
                    + "(stream types, accounts, booking days, boxes); NOT_SEALED when the period is open or its seal is "
                    + "still being taken.")
    @QueryErrors.Item
    public VerificationView verification(@PathVariable int year, @PathVariable int period) {
        period(year, period);
        return verification.verify(year, period);
    }
}
