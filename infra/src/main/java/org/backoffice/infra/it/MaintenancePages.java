package org.backoffice.infra.it;

import org.backoffice.command.it.maintenance.web.MaintenanceCommandController;
import org.backoffice.command.it.maintenance.web.MaintenanceCommandController.MaintenanceDoneRequest;
import org.backoffice.command.it.maintenance.web.MaintenanceCommandController.MaintenancePlanRequest;
import org.backoffice.infra.security.OperationRules;
import org.backoffice.infra.web.ui.Forms;
import org.backoffice.infra.web.ui.WebPage;
import org.backoffice.query.it.asset.web.InventoryQueryController;
import org.backoffice.query.it.maintenance.web.MaintenanceQueryController;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Set;
import java.util.UUID;

/** What falls due (maintenance and warranties), the plans, planning and recording maintenance. */
@WebPage
class MaintenancePages {

    private final MaintenanceCommandController commands;
    private final MaintenanceQueryController maintenance;
    private final InventoryQueryController inventory;
    private final Forms forms;
    private final OperationRules operations;

    MaintenancePages(MaintenanceCommandController commands, MaintenanceQueryController maintenance, InventoryQueryController inventory,
                     Forms forms, OperationRules operations) {
        this.commands = commands;
        this.maintenance = maintenance;
        this.inventory = inventory;
        this.forms = forms;
        this.operations = operations;
    }

    @GetMapping("/ui/maintenance")
    String page(@RequestParam(required = false) Integer withinDays, Model model) {
        model.addAttribute("withinDays", withinDays == null ? 30 : withinDays);
        model.addAttribute("due", maintenance.due(withinDays));
        model.addAttribute("plans", maintenance.plans(null, null).plans());
        if (operations.allows("MaintenanceCommandController.plan")) {
            model.addAttribute("devices", DevicesInService.of(inventory));
        }
        return "maintenance";
    }

    @PostMapping("/ui/maintenance-plans")
    String plan(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        return forms.submit("plan", form, MaintenancePlanRequest.class, Set.of(), commands::plan, done -> "/ui/maintenance",
                "Maintenance planned.", model, redirect, () -> page(null, model));
    }

    @PostMapping("/ui/maintenance-plans/{id}/completions")
    String done(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        return forms.submit("done-" + id, form, MaintenanceDoneRequest.class, Set.of(), r -> commands.done(id, r), done -> "/ui/maintenance",
                "Maintenance recorded.", model, redirect, () -> page(null, model));
    }
}
