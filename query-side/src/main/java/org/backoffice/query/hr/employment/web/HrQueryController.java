package org.backoffice.query.hr.employment.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.backoffice.query.common.Allowed;
import org.backoffice.query.hr.employment.HrQueries;
import org.backoffice.query.hr.employment.HrViews;
import org.backoffice.query.hr.recruiting.RecruitingProjection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.queryhandling.QueryGateway;
import org.backoffice.query.common.PageRequestParams;
import org.backoffice.query.common.PageView;
import org.backoffice.query.common.QueryErrors;
import org.backoffice.query.hr.employment.HrViews.EmployeeView;
import org.backoffice.query.hr.employment.HrViews.HeadcountView;
import org.backoffice.query.hr.employment.HrViews.PositionView;
import org.backoffice.query.hr.employment.HrViews.TrendPoint;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@RestController
@Tag(name = "HR")
public class HrQueryController {

    /** Who sees salaries (docs/api.md). */
    private static final Set<String> SALARY_ROLES = Set.of("HR", "ACCOUNTING", "AUDITOR", "ADMIN");
    private static final Set<String> REVIEW_ROLES = Set.of("HR", "AUDITOR", "ADMIN");
    /** Reporting never sees other people's personal data. */
    private static final Set<String> NO_PERSONAL_DATA_ROLES = Set.of("REPORTING");

    private final QueryGateway queries;
    private final Clock clock;

    public HrQueryController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/api/v1/employees")
    @PreAuthorize(Allowed.EMPLOYEE_READS)
    @Operation(summary = "Employees, with status ACTIVE or TERMINATED today",
            description = "Salaries only for HR, ACCOUNTING, AUDITOR, ADMIN; no personal data for REPORTING")
    @QueryErrors.List
    public PageView<EmployeeView> employees(@RequestParam(required = false) String department,
                                            @RequestParam(required = false) EmployeeStatus status,
                                            @RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size,
                                            HttpServletRequest request) {
        PageRequestParams p = PageRequestParams.of(page, size);
        PageView<EmployeeView> found = queries.query(new HrQueries.FindEmployees(department,
                status == null ? null : status.name(), LocalDate.now(clock), p.page(), p.size()),
                HrViews.EmployeeList.class).join().page();
        return new PageView<>(found.items().stream().map(e -> redact(e, request)).toList(), found.page(), found.size(),
                found.total());
    }

    public enum EmployeeStatus { ACTIVE, TERMINATED }

    public enum PositionStatus { OPEN, FILLED, CLOSED }

    @GetMapping("/api/v1/employees/{id}")
    @PreAuthorize(Allowed.EMPLOYEE_READS)
    @Operation(summary = "One employee")
    @QueryErrors.Item
    public EmployeeView employee(@PathVariable UUID id, HttpServletRequest request) {
        EmployeeView e = queries.query(new HrQueries.FindEmployee(id, LocalDate.now(clock)),
                        org.axonframework.messaging.responsetypes.ResponseTypes.optionalInstanceOf(EmployeeView.class))
                .join().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "employee " + id + " does not exist"));
        return redact(e, request);
    }

    @GetMapping("/api/v1/employees/{id}/history")
    @PreAuthorize(Allowed.EMPLOYEE_READS)
    @Operation(summary = "Every change of an employee's job, department, manager, salary and status, by effective date",
            description = "Salary changes only for HR, ACCOUNTING, AUDITOR, ADMIN; performance reviews only for HR, "
                    + "AUDITOR, ADMIN")
    @QueryErrors.Item
    public HrViews.EmployeeHistory history(@PathVariable UUID id, HttpServletRequest request) {
        HrViews.EmployeeHistory history = queries.query(new HrQueries.FindEmployeeHistory(id),
                        org.axonframework.messaging.responsetypes.ResponseTypes.optionalInstanceOf(HrViews.EmployeeHistory.class))
                .join().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "employee " + id + " does not exist"));
        if (SALARY_ROLES.stream().noneMatch(request::isUserInRole)) {
            history = history.withoutSalaries();
        }
        // Reviews are HR's, and what auditors may read.
        return REVIEW_ROLES.stream().anyMatch(request::isUserInRole) ? history : history.withoutReviews();
    }

    static EmployeeView redact(EmployeeView e, HttpServletRequest request) {
        EmployeeView shown = e;
        if (SALARY_ROLES.stream().noneMatch(request::isUserInRole)) {
            shown = shown.withoutSalary();
        }
        if (NO_PERSONAL_DATA_ROLES.stream().anyMatch(request::isUserInRole)
                && !request.isUserInRole("ADMIN") && !request.isUserInRole("HR")) {
            shown = shown.withoutPersonalData();
        }
        return shown;
    }

    @GetMapping("/api/v1/employees/{id}/erasure-plan")
    @PreAuthorize(Allowed.HR_FILE_READS)
    @Operation(summary = "What of a former employee's personal data is erased, and when the rest will be",
            description = "404 until erasure was requested (POST /api/v1/employees/{id}/erasure)")
    @QueryErrors.Item
    public HrViews.ErasurePlanView erasurePlan(@PathVariable UUID id) {
        return queries.query(new HrQueries.FindErasurePlan(id, LocalDate.now(clock)),
                        org.axonframework.messaging.responsetypes.ResponseTypes.optionalInstanceOf(HrViews.ErasurePlanView.class))
                .join().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "no erasure was requested for employee " + id));
    }

    @GetMapping("/api/v1/positions")
    @PreAuthorize(Allowed.HR_READS)
    @Operation(summary = "Positions with status OPEN, FILLED or CLOSED")
    @QueryErrors.List
    public PageView<PositionView> positions(@RequestParam(required = false) String department,
                                            @RequestParam(required = false) PositionStatus status,
                                            @RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size) {
        PageRequestParams p = PageRequestParams.of(page, size);
        return queries.query(new HrQueries.FindPositions(department, status == null ? null : status.name(), p.page(),
                p.size()), HrViews.PositionList.class).join().page();
    }

    public enum ApplicantStage { APPLIED, INTERVIEW, OFFER, HIRED, REJECTED, WITHDRAWN }

    @GetMapping("/api/v1/positions/{id}/applicants")
    @PreAuthorize(Allowed.HR_READS)
    @Operation(summary = "A position's applicants with their stage, interviews and feedback",
            description = "No personal data for REPORTING")
    @QueryErrors.Item
    public PageView<RecruitingProjection.ApplicantView> applicants(@PathVariable UUID id,
                                                                   @RequestParam(required = false) ApplicantStage stage,
                                                                   @RequestParam(required = false) Integer page,
                                                                   @RequestParam(required = false) Integer size,
                                                                   HttpServletRequest request) {
        PageRequestParams p = PageRequestParams.of(page, size);
        PageView<RecruitingProjection.ApplicantView> found = queries.query(new RecruitingProjection.FindApplicants(id,
                                stage == null ? null : stage.name(), p.page(), p.size()),
                        org.axonframework.messaging.responsetypes.ResponseTypes.optionalInstanceOf(
                                RecruitingProjection.ApplicantList.class))
                .join().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "position " + id + " does not exist"))
                .page();
        boolean personal = request.isUserInRole("HR") || request.isUserInRole("ADMIN") || request.isUserInRole("AUDITOR");
        return personal ? found : new PageView<>(found.items().stream()
                .map(RecruitingProjection.ApplicantView::withoutPersonalData).toList(), found.page(), found.size(), found.total());
    }

    @GetMapping("/api/v1/reports/headcount")
    @PreAuthorize(Allowed.HR_READS)
    @Operation(summary = "Headcount by department on a date (default today), with open positions")
    @QueryErrors.Report
    public HeadcountView headcount(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return queries.query(new HrQueries.GetHeadcount(asOf != null ? asOf : LocalDate.now(clock)), HeadcountView.class).join();
    }

    @GetMapping("/api/v1/reports/headcount/trend")
    @PreAuthorize(Allowed.HR_READS)
    @Operation(summary = "Per month: headcount at month end, hires and terminations",
            description = "from and to are months (YYYY-MM); at most 120 months")
    @QueryErrors.Report
    public List<TrendPoint> trend(@RequestParam String from, @RequestParam String to) {
        YearMonth f = month("from", from);
        YearMonth t = month("to", to);
        if (t.isBefore(f)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "to must not be before from");
        }
        if (f.plusMonths(120).isBefore(t)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "at most 120 months at once");
        }
        return queries.query(new HrQueries.GetHeadcountTrend(f, t), HrViews.Trend.class).join().months();
    }

    private static YearMonth month(String name, String value) {
        try {
            return YearMonth.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, name + " must be a month YYYY-MM, not '" + value + "'");
        }
    }
}
