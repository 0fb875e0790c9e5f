package org.backoffice.infra.hr;

import org.backoffice.infra.security.OperationRules;
import org.backoffice.infra.web.ui.WebPage;
import org.backoffice.infra.web.ui.Forms;
import jakarta.servlet.http.HttpServletRequest;
import org.backoffice.command.hr.employment.web.HrCommandController;
import org.backoffice.command.hr.recruiting.web.RecruitingCommandController;
import org.backoffice.command.hr.employment.web.HrCommandController.ConflictRequest;
import org.backoffice.command.hr.employment.web.HrCommandController.DisciplinaryActionRequest;
import org.backoffice.command.hr.employment.web.HrCommandController.HireRequest;
import org.backoffice.command.hr.employment.web.HrCommandController.OpenPositionRequest;
import org.backoffice.command.hr.employment.web.HrCommandController.ResolutionRequest;
import org.backoffice.command.hr.employment.web.HrCommandController.SalaryChangeRequest;
import org.backoffice.command.hr.employment.web.HrCommandController.TerminationRequest;
import org.backoffice.command.hr.employment.web.HrCommandController.TransferRequest;
import org.backoffice.events.hr.DisciplinaryLevel;
import org.backoffice.query.hr.employment.web.HrQueryController;
import org.backoffice.query.hr.employment.web.HrQueryController.EmployeeStatus;
import org.backoffice.query.hr.employment.web.HrQueryController.PositionStatus;
import org.backoffice.query.it.asset.web.InventoryQueryController;
import org.backoffice.query.hr.procedures.web.ProceduresQueryController;
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
 * action, conflict between two employees, termination, erasure (ADMIN); an employee's onboarding
 * and offboarding checklists (completed through ChecklistPages). What a role may read of
 * an employee is narrowed by the same query controller as the API (no salary for REPORTING, IT).
 */
@WebPage
class HrPages {

    private final HrCommandController commands;
    private final RecruitingCommandController recruiting;
    private final HrQueryController queries;
    private final InventoryQueryController inventory;
    private final org.backoffice.query.hr.checklist.web.ChecklistQueryController checklists;
    private final ProceduresQueryController procedures;
    private final Forms forms;
    private final OperationRules operations;

    HrPages(HrCommandController commands, RecruitingCommandController recruiting, HrQueryController queries,
            InventoryQueryController inventory, org.backoffice.query.hr.checklist.web.ChecklistQueryController checklists,
            ProceduresQueryController procedures, Forms forms, OperationRules operations) {
        this.commands = commands;
        this.recruiting = recruiting;
        this.queries = queries;
        this.inventory = inventory;
        this.checklists = checklists;
        this.procedures = procedures;
        this.forms = forms;
        this.operations = operations;
    }

    @GetMapping("/ui/employees")
    String employees(@RequestParam(required = false) String department, @RequestParam(required = false) EmployeeStatus status,
                     @RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
        model.addAttribute("department", department);
        model.addAttribute("status", status);
        model.addAttribute("employees", queries.employees(Forms.blankToNull(department), status, page, 100, request));
        if (operations.allows("HrCommandController.hire")) {
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
        if (operations.allows("InventoryQueryController.holdings")) {
            model.addAttribute("holdings", inventory.holdings(id, null));
        }
        if (operations.allows("ChecklistQueryController.employeeChecklists")) {
            model.addAttribute("checklists", checklists.employeeChecklists(id, null));
            model.addAttribute("roles", ChecklistPages.taskRoles(request));
            model.addAttribute("back", "/ui/employees/" + id);
        }
        model.addAttribute("levels", DisciplinaryLevel.values());
        model.addAttribute("grounds", org.backoffice.events.hr.TerminationGrounds.values());
        if (operations.allows("ProceduresQueryController.disciplinaryRecord")) {
            model.addAttribute("record", procedures.disciplinaryRecord(id, null));
        }
        model.addAttribute("history", queries.history(id, request));
        if (operations.allows("HrQueryController.erasurePlan")) {
            try {
                model.addAttribute("erasurePlan", queries.erasurePlan(id));
            } catch (org.springframework.web.server.ResponseStatusException none) {
                model.addAttribute("erasurePlan", null); // no erasure requested yet
            }
        }
        if (operations.allows("HrCommandController.transfer")) {
            model.addAttribute("active", queries.employees(null, EmployeeStatus.ACTIVE, 0, 500, request).items().stream()
                    .filter(e -> !e.id().equals(id)).toList());
        }
        return "employee";
    }

    @PostMapping("/ui/employees/{id}/reviews")
    String review(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
                  Model model, RedirectAttributes redirect) {
        return action("review", id, form, HrCommandController.ReviewRequest.class, r -> commands.review(id, r),
                "Review recorded.", request, model, redirect);
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

    @PostMapping("/ui/employees/{id}/disciplinary-actions/{actionId}/withdrawal")
    String withdrawDiscipline(@PathVariable UUID id, @PathVariable UUID actionId, @RequestParam MultiValueMap<String, String> form,
                              HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return action("withdraw-" + actionId, id, form, HrCommandController.WithdrawalRequest.class,
                r -> commands.withdrawDisciplinaryAction(id, actionId, r), "Disciplinary action withdrawn.", request, model,
                redirect);
    }

    @PostMapping("/ui/employees/{id}/termination")
    String terminate(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
                     Model model, RedirectAttributes redirect) {
        return action("terminate", id, form, TerminationRequest.class, r -> commands.terminate(id, r),
                "Termination recorded.", request, model, redirect);
    }

    @PostMapping("/ui/employees/{id}/erasure")
    String erase(@PathVariable UUID id, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return forms.perform("erase", () -> commands.erase(id), "/ui/employees/" + id,
                "Erasure planned: each class of personal data is erased when its retention ends (see the plan).", model,
                redirect, () -> employee(id, request, model));
    }

    @PostMapping("/ui/conflicts")
    String openConflict(@RequestParam MultiValueMap<String, String> form, HttpServletRequest request, Model model,
                        RedirectAttributes redirect) {
        return forms.submit("conflict", form, ConflictRequest.class, Set.of("employeeIds"), commands::openConflict,
                created -> {
                    redirect.addFlashAttribute("conflictId", created.getBody().id());
                    return "/ui/conflicts/" + created.getBody().id();
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
        model.addAttribute("positions", queries.positions(Forms.blankToNull(department), status, 0, 500));
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

    @GetMapping("/ui/positions/{id}")
    String position(@PathVariable UUID id, HttpServletRequest request, Model model) {
        var applicants = queries.applicants(id, null, 0, 500, request);
        model.addAttribute("position", queries.positions(null, null, 0, 500).items().stream()
                .filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND, "position " + id + " does not exist")));
        model.addAttribute("applicants", applicants.items());
        model.addAttribute("recommendations", org.backoffice.events.hr.Recommendation.values());
        if (operations.allows("RecruitingCommandController.interview")) {
            model.addAttribute("active", queries.employees(null, EmployeeStatus.ACTIVE, 0, 500, request).items());
        }
        return "position";
    }

    @PostMapping("/ui/positions/{id}/applicants")
    String applyFor(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
                    Model model, RedirectAttributes redirect) {
        return forms.submit("apply", form, RecruitingCommandController.ApplicationRequest.class, Set.of(),
                r -> recruiting.apply(id, r), done -> "/ui/positions/" + id, "Application recorded.", model, redirect,
                () -> position(id, request, model));
    }

    /** An applicant's action, answered on the page of the position applied for (form field _position). */
    private <T> String applicantAction(String name, UUID applicant, MultiValueMap<String, String> form, Class<T> type,
                                       Set<String> lists, Function<T, ?> action, String notice,
                                       HttpServletRequest request, Model model, RedirectAttributes redirect) {
        UUID position = UUID.fromString(form.getFirst("_position"));
        return forms.submit(name + "-" + applicant, form, type, lists, action, done -> "/ui/positions/" + position, notice,
                model, redirect, () -> position(position, request, model));
    }

    @PostMapping("/ui/applicants/{id}/interviews")
    String interview(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
                     Model model, RedirectAttributes redirect) {
        String at = form.getFirst("at");
        if (at != null && at.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}")) {
            form.set("at", at + ":00Z"); // the browser's date and time picker: taken as UTC
        }
        return applicantAction("interview", id, form, RecruitingCommandController.InterviewRequest.class,
                Set.of("interviewerIds"), r -> recruiting.interview(id, r), "Interview scheduled.", request, model, redirect);
    }

    @PostMapping("/ui/applicants/{id}/feedback")
    String feedback(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
                    Model model, RedirectAttributes redirect) {
        UUID interview = UUID.fromString(form.getFirst("_interview"));
        return applicantAction("feedback", id, form, RecruitingCommandController.FeedbackRequest.class, Set.of(),
                r -> recruiting.feedback(id, interview, r), "Feedback recorded.", request, model, redirect);
    }

    @PostMapping("/ui/applicants/{id}/offer")
    String offer(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
                 Model model, RedirectAttributes redirect) {
        return applicantAction("offer", id, form, RecruitingCommandController.OfferRequest.class, Set.of(),
                r -> recruiting.offer(id, r), "Offer made.", request, model, redirect);
    }

    @PostMapping("/ui/applicants/{id}/acceptance")
    String accept(@PathVariable UUID id, @RequestParam("_position") UUID position, HttpServletRequest request, Model model,
                  RedirectAttributes redirect) {
        return forms.perform("accept-" + id, () -> recruiting.accept(id), "/ui/positions/" + position,
                "Offer accepted: the applicant is hired.", model, redirect, () -> position(position, request, model));
    }

    @PostMapping("/ui/applicants/{id}/rejection")
    String reject(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
                  Model model, RedirectAttributes redirect) {
        return applicantAction("reject", id, form, RecruitingCommandController.RejectionRequest.class, Set.of(),
                r -> recruiting.reject(id, r), "Applicant rejected.", request, model, redirect);
    }

    @PostMapping("/ui/applicants/{id}/withdrawal")
    String withdraw(@PathVariable UUID id, @RequestParam("_position") UUID position, HttpServletRequest request,
                    Model model, RedirectAttributes redirect) {
        return forms.perform("withdraw-" + id, () -> recruiting.withdraw(id), "/ui/positions/" + position,
                "Application withdrawn.", model, redirect, () -> position(position, request, model));
    }
}
