package org.backoffice.query.hr.leave.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.backoffice.events.hr.LeaveType;
import org.backoffice.query.common.Allowed;
import org.backoffice.query.common.PageRequestParams;
import org.backoffice.query.common.PageView;
import org.backoffice.query.common.QueryErrors;
import org.backoffice.query.hr.leave.LeaveQueries;
import org.backoffice.query.hr.leave.LeaveQueries.LeaveBalanceView;
import org.backoffice.query.hr.leave.LeaveQueries.LeaveView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

@RestController
@Tag(name = "HR")
public class LeaveQueryController {

    /** A calendar or a sick-day report spans at most a year and a day. */
    private static final long LONGEST_RANGE_DAYS = 366;

    public enum LeaveStatus { REQUESTED, APPROVED, REFUSED, CANCELLED }

    private final QueryGateway queries;
    private final Clock clock;

    public LeaveQueryController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    private static void requireRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "to (" + to + ") is before from (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) > LONGEST_RANGE_DAYS) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the range spans at most " + LONGEST_RANGE_DAYS + " days");
        }
    }

    @GetMapping("/api/v1/leave")
    @PreAuthorize(Allowed.HR_FILE_READS)
    @Operation(summary = "Leaves, the latest first, filtered by employee, department (on 'from', else today), type, status "
            + "and the days they touch")
    @QueryErrors.List
    public PageView<LeaveView> leaves(@RequestParam(required = false) UUID employeeId,
                                      @RequestParam(required = false) String department,
                                      @RequestParam(required = false) LeaveType type,
                                      @RequestParam(required = false) LeaveStatus status,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "to (" + to + ") is before from (" + from + ")");
        }
        PageRequestParams p = PageRequestParams.of(page, size);
        return queries.query(new LeaveQueries.FindLeaves(employeeId, department, type == null ? null : type.name(),
                status == null ? null : status.name(), from, to, p.page(), p.size()), LeaveQueries.LeaveList.class).join().page();
    }

    @GetMapping("/api/v1/employees/{id}/leave-balance")
    @PreAuthorize(Allowed.HR_FILE_READS)
    @Operation(summary = "The employee's annual-leave balance of a date's year, as of that date (today by default)")
    @QueryErrors.Item
    public LeaveBalanceView balance(@PathVariable UUID id,
                                    @Parameter(description = "the day (YYYY-MM-DD); today when absent")
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return queries.query(new LeaveQueries.FindLeaveBalance(id, date != null ? date : LocalDate.now(clock)),
                        ResponseTypes.optionalInstanceOf(LeaveBalanceView.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "employee " + id + " does not exist"));
    }

    @GetMapping("/api/v1/leave-calendar")
    @PreAuthorize(Allowed.HR_FILE_READS)
    @Operation(summary = "Who of a department (or all) is away when: each employee employed in the range with the requested "
            + "and approved leaves touching it (at most 366 days)")
    @QueryErrors.Report
    public LeaveQueries.LeaveCalendar calendar(@RequestParam(required = false) String department,
                                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        requireRange(from, to);
        return queries.query(new LeaveQueries.FindLeaveCalendar(department, from, to), LeaveQueries.LeaveCalendar.class).join();
    }

    @GetMapping("/api/v1/sick-days")
    @PreAuthorize(Allowed.HR_FILE_READS)
    @Operation(summary = "Working days of sick leave per employee in a range (at most 366 days), the most first")
    @QueryErrors.Report
    public LeaveQueries.SickDaysList sickDays(@RequestParam(required = false) String department,
                                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        requireRange(from, to);
        return queries.query(new LeaveQueries.FindSickDays(department, from, to), LeaveQueries.SickDaysList.class).join();
    }
}
