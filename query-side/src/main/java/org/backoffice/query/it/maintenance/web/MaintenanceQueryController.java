package org.backoffice.query.it.maintenance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.backoffice.query.common.Allowed;
import org.backoffice.query.common.QueryErrors;
import org.backoffice.query.common.QueryParams;
import org.backoffice.query.it.maintenance.MaintenanceQueries;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

@RestController
@Tag(name = "IT")
public class MaintenanceQueryController {

    private final QueryGateway queries;
    private final Clock clock;

    public MaintenanceQueryController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/api/v1/maintenance-plans")
    @PreAuthorize(Allowed.IT_READS)
    @Operation(summary = "Maintenance plans with their next due dates, of a device or all, now or as of an instant (not a page)")
    @QueryErrors.Item
    public MaintenanceQueries.PlanList plans(@RequestParam(required = false) UUID assetId,
                                             @Parameter(description = "now, or as of an instant (ISO-8601, or a date = its end)")
                                             @RequestParam(required = false) String asOf) {
        return queries.query(new MaintenanceQueries.FindPlans(assetId, QueryParams.instantOrDate("asOf", asOf, true)),
                MaintenanceQueries.PlanList.class).join();
    }

    @GetMapping("/api/v1/maintenance-due")
    @PreAuthorize(Allowed.IT_READS)
    @Operation(summary = "What falls due within so many days (overdue included): maintenance of devices in service, and warranties ending")
    @QueryErrors.Report
    public MaintenanceQueries.DueView due(@Parameter(description = "days ahead, 0–366 (default 30)") @RequestParam(required = false) Integer withinDays) {
        if (withinDays != null && (withinDays < 0 || withinDays > 366)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "withinDays must be between 0 and 366");
        }
        LocalDate today = LocalDate.now(clock);
        return queries.query(new MaintenanceQueries.FindDue(today, today.plusDays(withinDays == null ? 30 : withinDays)),
                MaintenanceQueries.DueView.class).join();
    }
}
