package org.backoffice.infra.hr;

import jakarta.servlet.http.HttpServletRequest;
import org.backoffice.command.hr.leave.web.LeaveCommandController;
import org.backoffice.command.hr.leave.web.LeaveCommandController.EntitlementRequest;
import org.backoffice.command.hr.leave.web.LeaveCommandController.LeaveDecisionRequest;
import org.backoffice.command.hr.leave.web.LeaveCommandController.LeaveRequest;
import org.backoffice.events.hr.LeaveType;
import org.backoffice.infra.web.ui.Forms;
import org.backoffice.infra.web.ui.WebPage;
import org.backoffice.query.hr.employment.web.HrQueryController;
import org.backoffice.query.hr.employment.web.HrQueryController.EmployeeStatus;
import org.backoffice.query.hr.leave.web.LeaveQueryController;
import org.backoffice.query.hr.leave.web.LeaveQueryController.LeaveStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Leave: the requests with their approvals, the department calendar of a month with its sick
 * days, and an employee's balance, leaves and entitlement. Reads and writes through the same
 * controllers as the API.
 */
@WebPage
class LeavePages {

    private final LeaveCommandController commands;
    private final LeaveQueryController queries;
    private final HrQueryController employees;
    private final Forms forms;
    private final Clock clock;

    LeavePages(LeaveCommandController commands, LeaveQueryController queries, HrQueryController employees, Forms forms,
               Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.employees = employees;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/ui/leave")
    String leave(@RequestParam(required = false) String department, @RequestParam(required = false) LeaveStatus status,
                 HttpServletRequest request, Model model) {
        model.addAttribute("department", department);
        model.addAttribute("status", status);
        model.addAttribute("statuses", LeaveStatus.values());
        model.addAttribute("types", LeaveType.values());
        model.addAttribute("leaves", queries.leaves(null, Forms.blankToNull(department), null, status, null, null, 0, 200));
        model.addAttribute("active", employees.employees(null, EmployeeStatus.ACTIVE, 0, 500, request).items());
        return "leave";
    }

    @PostMapping("/ui/leave")
    String request(@RequestParam MultiValueMap<String, String> form, HttpServletRequest request, Model model,
                   RedirectAttributes redirect) {
        String employee = form.getFirst("_employee");
        if (employee == null || employee.isBlank()) {
            model.addAttribute("formName", "leave");
            model.addAttribute("form", form.toSingleValueMap());
            model.addAttribute("errors", java.util.Map.of("leave._employee", "is required"));
            model.addAttribute("failure", "Please correct the marked fields.");
            return leave(null, null, request, model);
        }
        UUID id = UUID.fromString(employee);
        return forms.submit("leave", form, LeaveRequest.class, Set.of(), r -> commands.request(id, r),
                created -> "/ui/leave", "Leave recorded.", model, redirect, () -> leave(null, null, request, model));
    }

    /** A decision on the leave page (or the employee's, with _back=employee). */
    private <T> String decide(String name, UUID employee, UUID leave, MultiValueMap<String, String> form, Class<T> type,
                              java.util.function.Function<T, ?> action, String notice, HttpServletRequest request,
                              Model model, RedirectAttributes redirect) {
        boolean back = "employee".equals(form.getFirst("_back"));
        return forms.submit(name + "-" + leave, form, type, Set.of(), action,
                done -> back ? "/ui/employees/" + employee + "/leave" : "/ui/leave", notice, model, redirect,
                () -> back ? employeeLeave(employee, null, request, model) : leave(null, null, request, model));
    }

    @PostMapping("/ui/employees/{id}/leave/{leave}/approval")
    String approve(@PathVariable UUID id, @PathVariable UUID leave, @RequestParam MultiValueMap<String, String> form,
                   HttpServletRequest request, Model model, RedirectAttributes redirect) {
        boolean back = "employee".equals(form.getFirst("_back"));
        return forms.perform("approve-" + leave, () -> commands.approve(id, leave),
                back ? "/ui/employees/" + id + "/leave" : "/ui/leave", "Leave approved.", model, redirect,
                () -> back ? employeeLeave(id, null, request, model) : leave(null, null, request, model));
    }

    @PostMapping("/ui/employees/{id}/leave/{leave}/refusal")
    String refuse(@PathVariable UUID id, @PathVariable UUID leave, @RequestParam MultiValueMap<String, String> form,
                  HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return decide("refuse", id, leave, form, LeaveDecisionRequest.class, r -> commands.refuse(id, leave, r),
                "Leave refused.", request, model, redirect);
    }

    @PostMapping("/ui/employees/{id}/leave/{leave}/cancellation")
    String cancel(@PathVariable UUID id, @PathVariable UUID leave, @RequestParam MultiValueMap<String, String> form,
                  HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return decide("cancel", id, leave, form, LeaveDecisionRequest.class, r -> commands.cancel(id, leave, r),
                "Leave cancelled.", request, model, redirect);
    }

    @GetMapping("/ui/employees/{id}/leave")
    String employeeLeave(@PathVariable UUID id,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                         HttpServletRequest request, Model model) {
        model.addAttribute("employee", employees.employee(id, request));
        LocalDate day = date != null ? date : LocalDate.now(clock);
        model.addAttribute("date", day);
        model.addAttribute("balance", queries.balance(id, day));
        model.addAttribute("leaves", queries.leaves(id, null, null, null, null, null, 0, 500));
        model.addAttribute("sick", queries.sickDays(null, LocalDate.of(day.getYear(), 1, 1), LocalDate.of(day.getYear(), 12, 31))
                .employees().stream().filter(s -> s.employeeId().equals(id)).findFirst().orElse(null));
        model.addAttribute("types", LeaveType.values());
        return "employee-leave";
    }

    @PostMapping("/ui/employees/{id}/leave")
    String requestFor(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
                      Model model, RedirectAttributes redirect) {
        return forms.submit("leave", form, LeaveRequest.class, Set.of(), r -> commands.request(id, r),
                created -> "/ui/employees/" + id + "/leave", "Leave recorded.", model, redirect,
                () -> employeeLeave(id, null, request, model));
    }

    @PostMapping("/ui/employees/{id}/leave-entitlement")
    String entitlement(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
                       Model model, RedirectAttributes redirect) {
        return forms.submit("entitlement", form, EntitlementRequest.class, Set.of(), r -> commands.entitlement(id, r),
                done -> "/ui/employees/" + id + "/leave", "Entitlement recorded.", model, redirect,
                () -> employeeLeave(id, null, request, model));
    }

    /** One row of the calendar: an employee and, per day of the month, the leave type (or null), a weekend flag aside. */
    public record CalendarLine(UUID employeeId, String employeeName, String department, List<String> days) {
    }

    @GetMapping("/ui/leave-calendar")
    String calendar(@RequestParam(required = false) String department,
                    @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
        YearMonth shown = month != null ? month : YearMonth.now(clock);
        LocalDate from = shown.atDay(1);
        LocalDate to = shown.atEndOfMonth();
        var calendar = queries.calendar(Forms.blankToNull(department), from, to);
        List<CalendarLine> lines = new ArrayList<>();
        for (var row : calendar.employees()) {
            List<String> days = new ArrayList<>();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                LocalDate day = d;
                days.add(row.leaves().stream().filter(l -> !day.isBefore(l.firstDay()) && !day.isAfter(l.lastDay()))
                        .findFirst().map(l -> l.type() + (l.status().equals("REQUESTED") ? "?" : "")).orElse(null));
            }
            lines.add(new CalendarLine(row.employeeId(), row.employeeName(), row.department(), days));
        }
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            dates.add(d);
        }
        model.addAttribute("department", department);
        model.addAttribute("month", shown);
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        model.addAttribute("dates", dates);
        model.addAttribute("weekend", dates.stream().map(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY
                || d.getDayOfWeek() == DayOfWeek.SUNDAY).toList());
        model.addAttribute("lines", lines);
        model.addAttribute("sick", queries.sickDays(Forms.blankToNull(department), from, to).employees());
        return "leave-calendar";
    }
}
