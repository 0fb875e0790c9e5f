package org.backoffice.infra.hr;

import jakarta.servlet.http.HttpServletRequest;
import org.backoffice.command.hr.checklist.web.ChecklistCommandController;
import org.backoffice.command.hr.checklist.web.ChecklistCommandController.TaskCompletionRequest;
import org.backoffice.infra.web.ui.Forms;
import org.backoffice.infra.web.ui.WebPage;
import org.backoffice.query.hr.checklist.web.ChecklistQueryController;
import org.backoffice.query.hr.checklist.web.ChecklistQueryController.TaskDepartment;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The onboarding and offboarding checklists' tasks per department (a department's user sees their
 * own department's open tasks first), overdue ones marked, each with a button to complete it for
 * the roles that may (the checklist decides again: another role hears why not). The employee page
 * shows the employee's checklists with the same rows.
 */
@WebPage
class ChecklistPages {

    private final ChecklistQueryController queries;
    private final ChecklistCommandController commands;
    private final Forms forms;

    ChecklistPages(ChecklistQueryController queries, ChecklistCommandController commands, Forms forms) {
        this.queries = queries;
        this.commands = commands;
        this.forms = forms;
    }

    /** The roles of the signed-in user that complete tasks: the departments' and ADMIN. */
    static Set<String> taskRoles(HttpServletRequest request) {
        return List.of("HR", "ACCOUNTING", "IT", "ADMIN").stream().filter(request::isUserInRole).collect(Collectors.toSet());
    }

    @GetMapping("/ui/checklists")
    String checklistTasks(@RequestParam(required = false) String department, @RequestParam(required = false) Boolean open,
                          HttpServletRequest request, Model model) {
        Set<String> roles = taskRoles(request);
        TaskDepartment shown;
        if (department == null) {
            // A department's user starts with their own department's tasks; others with all.
            List<TaskDepartment> own = Arrays.stream(TaskDepartment.values()).filter(d -> roles.contains(d.name())).toList();
            shown = own.size() == 1 ? own.get(0) : null;
        } else {
            shown = department.isBlank() ? null : TaskDepartment.valueOf(department);
        }
        boolean onlyOpen = open == null || open;
        model.addAttribute("department", shown);
        model.addAttribute("departments", TaskDepartment.values());
        model.addAttribute("open", onlyOpen);
        model.addAttribute("roles", roles);
        model.addAttribute("tasks", queries.tasks(shown, onlyOpen ? Boolean.TRUE : null, null, null, 0, 500).items());
        model.addAttribute("back", "/ui/checklists?department=" + (shown == null ? "" : shown.name()) + "&open=" + onlyOpen);
        return "checklists";
    }

    @PostMapping("/ui/checklists/{id}/tasks/{key}/completion")
    String completeChecklistTask(@PathVariable UUID id, @PathVariable String key, @RequestParam MultiValueMap<String, String> form,
                                 Principal user, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        String back = form.getFirst("_back");
        String next = back != null && back.startsWith("/ui/") && !back.startsWith("//") ? back : "/ui/checklists";
        return forms.submit("complete-" + key, form, TaskCompletionRequest.class, Set.of(),
                r -> commands.completeTask(id, key, r, user), done -> next, "Task done.", model, redirect,
                () -> checklistTasks(null, null, request, model));
    }
}
