package org.backoffice.query.accounting.chart.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.backoffice.query.accounting.chart.ChartProjection;
import org.backoffice.query.common.Allowed;
import org.backoffice.query.common.QueryErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Accounting")
public class ChartQueryController {

    private final QueryGateway queries;

    public ChartQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/chart-of-accounts")
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "The chart of accounts: the balance sheet and P&L groups with their accounts",
            description = "Accounts of customers, suppliers and employees (with a party) are not listed.")
    @QueryErrors.Report
    public ChartProjection.ChartView chart() {
        return queries.query(new ChartProjection.GetChart(), ChartProjection.ChartView.class).join();
    }
}
