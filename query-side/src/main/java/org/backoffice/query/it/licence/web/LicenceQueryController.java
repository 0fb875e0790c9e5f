package org.backoffice.query.it.licence.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.backoffice.query.common.Allowed;
import org.backoffice.query.common.PageRequestParams;
import org.backoffice.query.common.PageView;
import org.backoffice.query.common.QueryErrors;
import org.backoffice.query.common.QueryParams;
import org.backoffice.query.it.licence.LicenceQueries;
import org.backoffice.query.it.licence.LicenceQueries.LicenceView;
import org.backoffice.query.it.licence.LicenceQueries.SeatView;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.util.UUID;

@RestController
@Tag(name = "IT")
public class LicenceQueryController {

    private static final String AS_OF = "now, or as of an instant (ISO-8601, or a date = its end)";

    private final QueryGateway queries;

    public LicenceQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    private static Instant asOf(String asOf) {
        return QueryParams.instantOrDate("asOf", asOf, true);
    }

    @GetMapping("/api/v1/licences")
    @PreAuthorize(Allowed.IT_READS)
    @Operation(summary = "Licences and subscriptions with their seats and costs, the next renewal first")
    @QueryErrors.List
    public PageView<LicenceView> licences(@Parameter(description = "only those whose renewal reminder has come (true) or not (false)")
                                          @RequestParam(required = false) Boolean renewalDue,
                                          @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                                          @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageRequestParams p = PageRequestParams.of(page, size);
        return queries.query(new LicenceQueries.FindLicences(renewalDue, asOf(asOf), p.page(), p.size()), LicenceQueries.LicenceList.class)
                .join().page();
    }

    @GetMapping("/api/v1/licences/{id}")
    @PreAuthorize(Allowed.IT_READS)
    @Operation(summary = "One licence")
    @QueryErrors.Item
    public LicenceView licence(@PathVariable UUID id, @Parameter(description = AS_OF) @RequestParam(required = false) String asOf) {
        return queries.query(new LicenceQueries.FindLicence(id, asOf(asOf)), ResponseTypes.optionalInstanceOf(LicenceView.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "licence " + id + " does not exist"
                        + (asOf == null ? "" : " at " + asOf)));
    }

    @GetMapping("/api/v1/licences/{id}/seats")
    @PreAuthorize(Allowed.IT_READS)
    @Operation(summary = "Who holds a seat of the licence")
    @QueryErrors.List
    public PageView<SeatView> seats(@PathVariable UUID id, @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                                    @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        licence(id, asOf);
        return held(id, null, null, asOf, page, size);
    }

    @GetMapping("/api/v1/licence-seats")
    @PreAuthorize(Allowed.IT_READS)
    @Operation(summary = "The licence seats held, filtered by employee or device")
    @QueryErrors.List
    public PageView<SeatView> held(@RequestParam(required = false) UUID employeeId, @RequestParam(required = false) UUID assetId,
                                   @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                                   @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return held(null, employeeId, assetId, asOf, page, size);
    }

    private PageView<SeatView> held(UUID licence, UUID employee, UUID asset, String asOf, Integer page, Integer size) {
        PageRequestParams p = PageRequestParams.of(page, size);
        return queries.query(new LicenceQueries.FindSeats(licence, employee, asset, asOf(asOf), p.page(), p.size()),
                LicenceQueries.SeatList.class).join().page();
    }
}
