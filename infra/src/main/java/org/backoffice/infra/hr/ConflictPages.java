package org.backoffice.infra.hr;

import jakarta.servlet.http.HttpServletRequest;
import org.backoffice.command.hr.employment.web.HrCommandController;
import org.backoffice.command.hr.employment.web.HrCommandController.EscalationRequest;
import org.backoffice.command.hr.employment.web.HrCommandController.FollowUpRequest;
import org.backoffice.command.hr.employment.web.HrCommandController.MediatorRequest;
import org.backoffice.command.hr.employment.web.HrCommandController.ResolutionRequest;
import org.backoffice.command.hr.employment.web.HrCommandController.SessionRequest;
import org.backoffice.infra.security.OperationRules;
import org.backoffice.infra.web.ui.Forms;
import org.backoffice.infra.web.ui.WebPage;
import org.backoffice.query.hr.employment.web.HrQueryController;
import org.backoffice.query.hr.employment.web.HrQueryController.EmployeeStatus;
import org.backoffice.query.hr.procedures.web.ProceduresQueryController;
import org.backoffice.query.hr.procedures.web.ProceduresQueryController.ConflictStatus;
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
 * Conflict cases for HR: the list (open ones by default, those with a follow-up due first and
 * highlighted) and a case's page with its mediator, sessions and notes, follow-ups, and the
 * agreement or escalation that closes it. Opening a case stays on the employees page.
 */
@WebPage
class ConflictPages {

    private final HrCommandController commands;
    private final ProceduresQueryController procedures;
    private final HrQueryController employees;
    private final Forms forms;
    private final OperationRules operations;

    ConflictPages(HrCommandController commands, ProceduresQueryController procedures, HrQueryController employees, Forms forms,
                  OperationRules operations) {
        this.commands = commands;
        this.procedures = procedures;
        this.employees = employees;
        this.forms = forms;
        this.operations = operations;
    }

    @GetMapping("/ui/conflicts")
    String conflicts(@RequestParam(required = false) String status, @RequestParam(required = false) String asOf, Model model) {
        ConflictStatus chosen = status == null ? ConflictStatus.OPEN : status.isBlank() || status.equals("ALL") ? null
                : java.util.Arrays.stream(ConflictStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.BAD_REQUEST, "status must be OPEN, AGREED, ESCALATED or ALL"));
        model.addAttribute("status", chosen);
        model.addAttribute("statuses", ConflictStatus.values());
        model.addAttribute("asOf", Forms.blankToNull(asOf));
        model.addAttribute("conflicts", procedures.conflicts(chosen, null, null, Forms.blankToNull(asOf), 0, 200));
        return "conflicts";
    }

    @GetMapping("/ui/conflicts/{id}")
    String conflict(@PathVariable UUID id, @RequestParam(required = false) String asOf, HttpServletRequest request, Model model) {
        model.addAttribute("asOf", Forms.blankToNull(asOf));
        model.addAttribute("c", procedures.conflict(id, Forms.blankToNull(asOf)));
        if (operations.allows("HrCommandController.assignMediator")) {
            model.addAttribute("active", employees.employees(null, EmployeeStatus.ACTIVE, 0, 500, request).items());
        }
        return "conflict";
    }

    private <T> String caseAction(String name, UUID id, MultiValueMap<String, String> form, Class<T> type,
                                  Function<T, ?> command, String notice, HttpServletRequest request, Model model,
                                  RedirectAttributes redirect) {
        return forms.submit(name, form, type, Set.of(), command, done -> "/ui/conflicts/" + id, notice, model, redirect,
                () -> conflict(id, null, request, model));
    }

    @PostMapping("/ui/conflicts/{id}/mediator")
    String assignMediator(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
                          Model model, RedirectAttributes redirect) {
        return caseAction("mediator", id, form, MediatorRequest.class, r -> commands.assignMediator(id, r), "Mediator assigned.",
                request, model, redirect);
    }

    /** A party's note left empty is no note (its row carries only the party's id). */
    @PostMapping("/ui/conflicts/{id}/sessions")
    String recordSession(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
                         Model model, RedirectAttributes redirect) {
        for (int i = 0; i < 2; i++) {
            String note = form.getFirst("notes[" + i + "].note");
            if (note == null || note.isBlank()) {
                form.remove("notes[" + i + "].employeeId");
                form.remove("notes[" + i + "].note");
            }
        }
        if (!form.containsKey("notes[0].employeeId") && form.containsKey("notes[1].employeeId")) {
            form.put("notes[0].employeeId", form.remove("notes[1].employeeId"));
            form.put("notes[0].note", form.remove("notes[1].note"));
        }
        return caseAction("session", id, form, SessionRequest.class, r -> commands.recordSession(id, r), "Session recorded.",
                request, model, redirect);
    }

    @PostMapping("/ui/conflicts/{id}/follow-ups")
    String scheduleFollowUp(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
                            Model model, RedirectAttributes redirect) {
        return caseAction("followUp", id, form, FollowUpRequest.class, r -> commands.scheduleFollowUp(id, r),
                "Follow-up scheduled.", request, model, redirect);
    }

    @PostMapping("/ui/conflicts/{id}/agreement")
    String recordAgreement(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
                           Model model, RedirectAttributes redirect) {
        return caseAction("agreement", id, form, ResolutionRequest.class, r -> commands.resolveConflict(id, r),
                "Agreement recorded: the case is resolved.", request, model, redirect);
    }

    @PostMapping("/ui/conflicts/{id}/escalation")
    String escalate(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
                    Model model, RedirectAttributes redirect) {
        return caseAction("escalation", id, form, EscalationRequest.class, r -> commands.escalateConflict(id, r),
                "Case escalated.", request, model, redirect);
    }
}
