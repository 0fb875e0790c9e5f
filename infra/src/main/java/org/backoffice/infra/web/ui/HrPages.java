package org.backoffice.infra.web.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.backoffice.command.hr.HrCommandController;
import org.backoffice.command.hr.HrCommandController.ConflictRequest;
import org.backoffice.command.hr.HrCommandController.DisciplinaryActionRequest;
import org.backoffice.command.hr.HrCommandController.HireRequest;
import org.backoffice.command.hr.HrCommandController.OpenPositionRequest;
import org.backoffice.command.hr.HrCommandController.ResolutionRequest;
import org.backoffice.command.hr.HrCommandController.SalaryChangeRequest;
import org.backoffice.command.hr.HrCommandController.TerminationRequest;
import org.backoffice.command.hr.HrCommandController.TransferRequest;
import org.backoffice.events.hr.DisciplinaryLevel;
import org.backoffice.query.headcount.HrQueryController;
import org.backoffice.query.headcount.HrQueryController.EmployeeStatus;
import org.backoffice.query.headcount.HrQueryController.PositionStatus;
import org.backoffice.query.inventory.InventoryQueryController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Employees and positions, and every HR action: hire, transfer, salary change, disciplinary
 * action, conflict between two employees, termination, erasure (ADMIN). What a role may read of
 * an employee is narrowed by the same query controller as the API (no salary for REPORTING, IT).
 */
@Controller
class HrPages {

    private final HrCommandController commands;
    private final HrQueryController queries;
    private final InventoryQueryController inventory;
    private final Forms forms;

    HrPages(HrCommandController commands, HrQueryController queries, InventoryQueryController inventory, Forms forms) {
        this.commands = commands;
        this.queries = queries;
        this.inventory = inventory;
        this.forms = forms;
    }

    @GetMapping("/ui/employees")
    String employees(@RequestParam(required = false) String department, @RequestParam(required = false) EmployeeStatus status,
                     @RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
        model.addAttribute("department", department);
        model.addAttribute("status", status);
        model.addAttribute("employees", queries.employees(blankToNull(department), status, page, 100, request));
        if (Roles.any(request, "HR", "ADMIN")) {
            model.addAttribute("active", queries.employees(null, EmployeeStatus.ACTIVE, 0, 500, request).items());
            model.addAttribute("openPositions", queries.positions(null, PositionStatus.OPEN, 0, 500).items());
        }
        return "employees";
    }

    @PostMapping("/ui/employees")
    String hire(@RequestParam MultiValueMap<String, String> form, HttpServletRequest request, Model model,
                RedirectAttributes redirect) {
        return forms.submit("hire", form, HireRequest.class, Set.of(), commands::hire,
                created -> "/ui/employees/" + created.getBody().id(), "Employee hired.", model, redirect,
                () -> employees(null, null, null, request, model));
    }

    @GetMapping("/ui/employees/{id}")
    String employee(@PathVariable UUID id, HttpServletRequest request, Model model) {
        model.addAttribute("employee", queries.employee(id, request));
        if (Roles.any(request, "IT", "REPORTING", "AUDITOR", "ADMIN")) {
            model.addAttribute("assets", inventory.heldBy(id, 0, 500).items());
        }
        model.addAttribute("levels", DisciplinaryLevel.values());
        return "employee";
    }

    private <T> String action(String name, UUID id, MultiValueMap<String, String> form, Class<T> type,
                              Function<T, ?> command, String notice, HttpServletRequest request, Model model,
                              RedirectAttributes redirect) {
        return forms.submit(name, form, type, Set.of(), command, done -> "/ui/employees/" + id, notice, model,
                redirect, () -> employee(id, request, model));
    }

    @PostMapping("/ui/employees/{id}/transfer")
    String transfer(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
                    Model model, RedirectAttributes redirect) {
        return action("transfer", id, form, TransferRequest.class, r -> commands.transfer(id, r),
                "Transfer recorded.", request, model, redirect);
    }

    @PostMapping("/ui/employees/{id}/salary-change")
    String salary(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
                  Model model, RedirectAttributes redirect) {
        return action("salary", id, form, SalaryChangeRequest.class, r -> commands.changeSalary(id, r),
                "Salary change recorded.", request, model, redirect);
    }

    @PostMapping("/ui/employees/{id}/disciplinary-actions")
    String discipline(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
                      Model model, RedirectAttributes redirect) {
        return action("discipline", id, form, DisciplinaryActionRequest.class,
                r -> commands.discipline(id, r), "Disciplinary action recorded.", request,
                model, redirect);
    }

    @PostMapping("/ui/employees/{id}/termination")
    String terminate(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
                     Model model, RedirectAttributes redirect) {
        return action("terminate", id, form, TerminationRequest.class, r -> commands.terminate(id, r),
                "Termination recorded.", request, model, redirect);
    }

    @PostMapping("/ui/employees/{id}/erasure")
    String erase(@PathVariable UUID id, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return forms.perform("erase", () -> commands.erase(id), "/ui/employees/" + id, "Personal data erased.", model,
                redirect, () -> employee(id, request, model));
    }

    @PostMapping("/ui/conflicts")
    String openConflict(@RequestParam MultiValueMap<String, String> form, HttpServletRequest request, Model model,
                        RedirectAttributes redirect) {
        return forms.submit("conflict", form, ConflictRequest.class, Set.of("employeeIds"), commands::openConflict,
                created -> {
                    redirect.addFlashAttribute("conflictId", created.getBody().id());
                    return "/ui/employees";
                }, "Conflict opened.", model, redirect, () -> employees(null, null, null, request, model));
    }

    @PostMapping("/ui/conflicts/resolution")
    String resolveConflict(@RequestParam(required = false) UUID conflictId, @RequestParam MultiValueMap<String, String> form,
                           HttpServletRequest request, Model model, RedirectAttributes redirect) {
        form.remove("conflictId");
        if (conflictId == null) {
            model.addAttribute("formName", "resolve");
            model.addAttribute("errors", java.util.Map.of("resolve.conflictId", "must not be empty"));
            model.addAttribute("failure", "Please correct the marked fields.");
            return employees(null, null, null, request, model);
        }
        return forms.submit("resolve", form, ResolutionRequest.class, Set.of(), r -> commands.resolveConflict(conflictId, r),
                done -> "/ui/employees", "Conflict resolved.", model, redirect,
                () -> employees(null, null, null, request, model));
    }

    @GetMapping("/ui/positions")
    String positions(@RequestParam(required = false) String department, @RequestParam(required = false) PositionStatus status,
                     Model model) {
        model.addAttribute("department", department);
        model.addAttribute("status", status);
        model.addAttribute("positions", queries.positions(blankToNull(department), status, 0, 500));
        return "positions";
    }

    @PostMapping("/ui/positions")
    String openPosition(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        return forms.submit("position", form, OpenPositionRequest.class, Set.of(), commands::openPosition,
                created -> "/ui/positions", "Position opened.", model, redirect, () -> positions(null, null, model));
    }

    @PostMapping("/ui/positions/{id}/closure")
    String closePosition(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        return forms.perform("closePosition", () -> commands.closePosition(id), "/ui/positions", "Position closed.", model,
                redirect, () -> positions(null, null, model));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
