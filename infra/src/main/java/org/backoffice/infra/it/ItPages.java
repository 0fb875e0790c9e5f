package org.backoffice.infra.it;

import org.backoffice.infra.security.OperationRules;
import org.backoffice.infra.web.ui.WebPage;
import org.backoffice.infra.web.ui.Forms;
import jakarta.servlet.http.HttpServletRequest;
import org.backoffice.command.it.asset.web.AssetCommandController;
import org.backoffice.command.it.asset.web.AssetCommandController.AssignmentRequest;
import org.backoffice.command.it.asset.web.AssetCommandController.InstallationRequest;
import org.backoffice.command.it.asset.web.AssetCommandController.RegisterRequest;
import org.backoffice.command.it.asset.web.AssetCommandController.RepairRequest;
import org.backoffice.command.it.asset.web.AssetCommandController.RetirementRequest;
import org.backoffice.command.it.asset.web.AssetCommandController.ReturnRequest;
import org.backoffice.query.hr.employment.web.HrQueryController;
import org.backoffice.query.hr.employment.web.HrQueryController.EmployeeStatus;
import org.backoffice.query.it.asset.web.InventoryQueryController;
import org.backoffice.query.it.network.web.NetworkQueryController;
import org.backoffice.query.it.asset.web.InventoryQueryController.AssetStatusFilter;
import org.backoffice.query.it.asset.web.InventoryQueryController.AssetTypeFilter;
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

/** Devices with filters, and registering, installing, assigning, returning, repairing and retiring them. */
@WebPage
class ItPages {

    private final AssetCommandController commands;
    private final InventoryQueryController inventory;
    private final HrQueryController hr;
    private final Forms forms;
    private final OperationRules operations;
    private final NetworkQueryController networks;
    private final org.backoffice.command.it.maintenance.web.MaintenanceCommandController maintenance;

    ItPages(AssetCommandController commands, InventoryQueryController inventory, HrQueryController hr, Forms forms, OperationRules operations,
            NetworkQueryController networks, org.backoffice.command.it.maintenance.web.MaintenanceCommandController maintenance) {
        this.networks = networks;
        this.maintenance = maintenance;
        this.commands = commands;
        this.inventory = inventory;
        this.hr = hr;
        this.forms = forms;
        this.operations = operations;
    }

    @GetMapping("/ui/assets")
    String assets(@RequestParam(required = false) AssetTypeFilter type, @RequestParam(required = false) AssetStatusFilter status,
                  @RequestParam(required = false) UUID employeeId, @RequestParam(required = false) String location,
                  @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("type", type);
        model.addAttribute("status", status);
        model.addAttribute("employeeId", employeeId);
        model.addAttribute("location", location);
        model.addAttribute("assets", inventory.assets(type, status, employeeId, Forms.blankToNull(location), page, 100));
        model.addAttribute("types", AssetTypeFilter.values());
        model.addAttribute("statuses", AssetStatusFilter.values());
        return "assets";
    }

    @PostMapping("/ui/assets")
    String register(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        return forms.submit("register", form, RegisterRequest.class, Set.of(), commands::register,
                created -> "/ui/assets/" + created.getBody().id(), "Device registered.", model, redirect,
                () -> assets(null, null, null, null, null, model));
    }

    @GetMapping("/ui/assets/{id}")
    String asset(@PathVariable UUID id, HttpServletRequest request, Model model) {
        model.addAttribute("asset", inventory.asset(id));
        model.addAttribute("addresses", networks.addressesOf(id, null, 0, 100).items());
        if (operations.allows("AssetCommandController.assign")) {
            model.addAttribute("active", hr.employees(null, EmployeeStatus.ACTIVE, 0, 500, request).items());
        }
        return "asset";
    }

    private <T> String action(String name, UUID id, MultiValueMap<String, String> form, Class<T> type,
                              Function<T, ?> command, String notice, HttpServletRequest request, Model model,
                              RedirectAttributes redirect) {
        return forms.submit(name, form, type, Set.of(), command, done -> "/ui/assets/" + id, notice, model, redirect,
                () -> asset(id, request, model));
    }

    @PostMapping("/ui/assets/{id}/assignment")
    String assign(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
                  Model model, RedirectAttributes redirect) {
        return action("assign", id, form, AssignmentRequest.class, r -> commands.assign(id, r), "Device assigned.",
                request, model, redirect);
    }

    @PostMapping("/ui/assets/{id}/installation")
    String install(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
                   Model model, RedirectAttributes redirect) {
        return action("install", id, form, InstallationRequest.class, r -> commands.install(id, r), "Device installed.",
                request, model, redirect);
    }

    @PostMapping("/ui/assets/{id}/return")
    String giveBack(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
                    Model model, RedirectAttributes redirect) {
        return action("return", id, form, ReturnRequest.class, r -> commands.giveBack(id, r), "Device returned.",
                request, model, redirect);
    }

    @PostMapping("/ui/assets/{id}/repair")
    String repair(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
                  Model model, RedirectAttributes redirect) {
        return action("repair", id, form, RepairRequest.class, r -> commands.repair(id, r), "Device sent to repair.",
                request, model, redirect);
    }

    @PostMapping("/ui/assets/{id}/repair-completion")
    String repaired(@PathVariable UUID id, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return forms.perform("repaired", () -> commands.repaired(id), "/ui/assets/" + id, "Repair completed.", model,
                redirect, () -> asset(id, request, model));
    }

    @PostMapping("/ui/assets/{id}/warranty")
    String warranty(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
                    Model model, RedirectAttributes redirect) {
        return action("warranty", id, form, org.backoffice.command.it.maintenance.web.MaintenanceCommandController.WarrantyRequest.class,
                r -> maintenance.warranty(id, r), "Warranty recorded.", request, model, redirect);
    }

    @PostMapping("/ui/assets/{id}/retirement")
    String retire(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
                  Model model, RedirectAttributes redirect) {
        return action("retire", id, form, RetirementRequest.class, r -> commands.retire(id, r), "Device retired.",
                request, model, redirect);
    }
}
