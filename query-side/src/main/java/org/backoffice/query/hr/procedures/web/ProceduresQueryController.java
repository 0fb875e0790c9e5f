package org.backoffice.query.hr.procedures.web;

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
import org.backoffice.query.hr.procedures.ProcedureQueries;
import org.backoffice.query.hr.procedures.ProcedureQueries.ConflictCaseView;
import org.backoffice.query.hr.procedures.ProcedureQueries.ConflictSummaryView;
import org.backoffice.query.hr.procedures.ProcedureQueries.DisciplinaryRecordView;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.util.UUID;

/** The HR file's procedures: disciplinary records and conflict cases, as of any instant. */
@RestController
@Tag(name = "HR")
public class ProceduresQueryController {

    private static final String AS_OF = "now, or as of an instant (ISO-8601, or a date = its end)";

    public enum ConflictStatus { OPEN, AGREED, ESCALATED }

    private final QueryGateway queries;

    public ProceduresQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    private static Instant asOf(String asOf) {
        return QueryParams.instantOrDate("asOf", asOf, true);
    }

    @GetMapping("/api/v1/employees/{id}/disciplinary-record")
    @PreAuthorize(Allowed.HR_FILE_READS)
    @Operation(summary = "An employee's disciplinary record: every action with its status (ACTIVE, EXPIRED, WITHDRAWN) "
            + "on the asOf day, and whether a written or final warning is active")
    @QueryErrors.Item
    public DisciplinaryRecordView disciplinaryRecord(@PathVariable UUID id,
                                                     @Parameter(description = AS_OF) @RequestParam(required = false) String asOf) {
        return queries.query(new ProcedureQueries.FindDisciplinaryRecord(id, asOf(asOf)),
                        ResponseTypes.optionalInstanceOf(DisciplinaryRecordView.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "employee " + id + " does not exist"));
    }

    @GetMapping("/api/v1/conflicts")
    @PreAuthorize(Allowed.HR_FILE_READS)
    @Operation(summary = "Conflict cases, those with a follow-up due first, then the latest opened; filtered by status, "
            + "party and whether a follow-up is due")
    @QueryErrors.List
    public PageView<ConflictSummaryView> conflicts(@RequestParam(required = false) ConflictStatus status,
                                                   @Parameter(description = "a party to the case")
                                                   @RequestParam(required = false) UUID employeeId,
                                                   @Parameter(description = "only open cases with a follow-up due (true) or the others (false)")
                                                   @RequestParam(required = false) Boolean followUpDue,
                                                   @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                                                   @RequestParam(required = false) Integer page,
                                                   @RequestParam(required = false) Integer size) {
        PageRequestParams p = PageRequestParams.of(page, size);
        return queries.query(new ProcedureQueries.FindConflicts(status == null ? null : status.name(), employeeId, followUpDue,
                asOf(asOf), p.page(), p.size()), ProcedureQueries.ConflictList.class).join().page();
    }

    @GetMapping("/api/v1/conflicts/{id}")
    @PreAuthorize(Allowed.HR_FILE_READS)
    @Operation(summary = "One conflict case: its parties, mediator, sessions with each party's note, follow-ups, and the "
            + "agreement or escalation")
    @QueryErrors.Item
    public ConflictCaseView conflict(@PathVariable UUID id, @Parameter(description = AS_OF) @RequestParam(required = false) String asOf) {
        return queries.query(new ProcedureQueries.FindConflict(id, asOf(asOf)), ResponseTypes.optionalInstanceOf(ConflictCaseView.class))
                .join().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "conflict case " + id + " does not exist"
                        + (asOf == null ? "" : " at " + asOf)));
    }
}
