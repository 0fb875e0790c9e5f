package org.backoffice.query.hr.checklist.web;

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
import org.backoffice.query.hr.checklist.ChecklistQueries;
import org.backoffice.query.hr.checklist.ChecklistQueries.ChecklistTaskView;
import org.backoffice.query.hr.checklist.ChecklistQueries.ChecklistView;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "HR")
public class ChecklistQueryController {

    private static final String AS_OF = "now, or as of an instant (ISO-8601, or a date = its end)";

    public enum TaskDepartment { HR, ACCOUNTING, IT }

    private final QueryGateway queries;

    public ChecklistQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    private static Instant asOf(String asOf) {
        return QueryParams.instantOrDate("asOf", asOf, true);
    }

    @GetMapping("/api/v1/checklist-tasks")
    @PreAuthorize(Allowed.CHECKLIST_READS)
    @Operation(summary = "The tasks of the onboarding and offboarding checklists, the earliest due first",
            description = "A department's open tasks: department=IT&open=true. overdue: not done and due before the day asked for.")
    @QueryErrors.List
    public PageView<ChecklistTaskView> tasks(@Parameter(description = "only this department's tasks")
                                             @RequestParam(required = false) TaskDepartment department,
                                             @Parameter(description = "only those not done then (true) or done (false)")
                                             @RequestParam(required = false) Boolean open,
                                             @Parameter(description = "only this employee's") @RequestParam(required = false) UUID employeeId,
                                             @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                                             @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageRequestParams p = PageRequestParams.of(page, size);
        return queries.query(new ChecklistQueries.FindChecklistTasks(department == null ? null : department.name(), open,
                employeeId, asOf(asOf), p.page(), p.size()), ChecklistQueries.ChecklistTaskList.class).join().page();
    }

    @GetMapping("/api/v1/checklists/{id}")
    @PreAuthorize(Allowed.CHECKLIST_READS)
    @Operation(summary = "One checklist with its tasks")
    @QueryErrors.Item
    public ChecklistView checklist(@PathVariable UUID id, @Parameter(description = AS_OF) @RequestParam(required = false) String asOf) {
        return queries.query(new ChecklistQueries.FindChecklist(id, asOf(asOf)), ResponseTypes.optionalInstanceOf(ChecklistView.class))
                .join().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "checklist " + id + " does not exist"
                        + (asOf == null ? "" : " at " + asOf)));
    }

    @GetMapping("/api/v1/employees/{id}/checklists")
    @PreAuthorize(Allowed.CHECKLIST_READS)
    @Operation(summary = "An employee's onboarding and offboarding checklists with their tasks",
            description = "Empty for an employee without a checklist then; 404 for an unknown employee.")
    @QueryErrors.Item
    public List<ChecklistView> employeeChecklists(@PathVariable UUID id,
                                                  @Parameter(description = AS_OF) @RequestParam(required = false) String asOf) {
        return queries.query(new ChecklistQueries.FindEmployeeChecklists(id, asOf(asOf)),
                        ResponseTypes.optionalInstanceOf(ChecklistQueries.ChecklistList.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "employee " + id + " does not exist"))
                .checklists();
    }
}
