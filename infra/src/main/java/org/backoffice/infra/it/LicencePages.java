package org.backoffice.infra.it;

import jakarta.servlet.http.HttpServletRequest;
import org.backoffice.command.it.licence.web.LicenceCommandController;
import org.backoffice.command.it.licence.web.LicenceCommandController.LicenceRequest;
import org.backoffice.command.it.licence.web.LicenceCommandController.RenewalRequest;
import org.backoffice.command.it.licence.web.LicenceCommandController.SeatRequest;
import org.backoffice.command.it.licence.web.LicenceCommandController.SeatsRequest;
import org.backoffice.events.it.BillingPeriod;
import org.backoffice.infra.security.OperationRules;
import org.backoffice.infra.web.ui.Forms;
import org.backoffice.infra.web.ui.WebPage;
import org.backoffice.query.hr.employment.web.HrQueryController;
import org.backoffice.query.hr.employment.web.HrQueryController.EmployeeStatus;
import org.backoffice.query.it.asset.web.InventoryQueryController;
import org.backoffice.query.it.licence.web.LicenceQueryController;
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

/** Licences with their renewals; a licence's seats, giving and taking them back, renewing, buying seats. */
@WebPage
class LicencePages {

    private final LicenceCommandController commands;
    private final LicenceQueryController licences;
    private final InventoryQueryController inventory;
    private final HrQueryController hr;
    private final Forms forms;
    private final OperationRules operations;

    LicencePages(LicenceCommandController commands, LicenceQueryController licences, InventoryQueryController inventory,
                 HrQueryController hr, Forms forms, OperationRules operations) {
        this.commands = commands;
        this.licences = licences;
        this.inventory = inventory;
        this.hr = hr;
        this.forms = forms;
        this.operations = operations;
    }

    @GetMapping("/ui/licences")
    String licences(@RequestParam(required = false) Boolean renewalDue, Model model) {
        model.addAttribute("renewalDue", renewalDue);
        model.addAttribute("licences", licences.licences(renewalDue, null, 0, 500));
        model.addAttribute("periods", BillingPeriod.values());
        return "licences";
    }

    @PostMapping("/ui/licences")
    String register(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        return forms.submit("register", form, LicenceRequest.class, Set.of(), commands::register,
                created -> "/ui/licences/" + created.getBody().id(), "Licence registered.", model, redirect, () -> licences(null, model));
    }

    @GetMapping("/ui/licences/{id}")
    String licence(@PathVariable UUID id, @RequestParam(required = false) String asOf, HttpServletRequest request, Model model) {
        model.addAttribute("licence", licences.licence(id, asOf));
        model.addAttribute("asOf", asOf);
        model.addAttribute("seats", licences.seats(id, asOf, 0, 500));
        if (operations.allows("LicenceCommandController.assign")) {
            model.addAttribute("active", hr.employees(null, EmployeeStatus.ACTIVE, 0, 500, request).items());
            model.addAttribute("devices", DevicesInService.of(inventory));
        }
        return "licence";
    }

    private <T> String action(String name, UUID id, MultiValueMap<String, String> form, Class<T> type, Function<T, ?> command,
                              String notice, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return forms.submit(name, form, type, Set.of(), command, done -> "/ui/licences/" + id, notice, model, redirect,
                () -> licence(id, null, request, model));
    }

    @PostMapping("/ui/licences/{id}/seat-assignments")
    String assign(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request, Model model,
                  RedirectAttributes redirect) {
        return action("assign", id, form, SeatRequest.class, r -> commands.assign(id, r), "Seat assigned.", request, model, redirect);
    }

    @PostMapping("/ui/licences/{id}/seat-releases")
    String release(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request, Model model,
                   RedirectAttributes redirect) {
        return action("release", id, form, SeatRequest.class, r -> commands.release(id, r), "Seat released.", request, model, redirect);
    }

    @PostMapping("/ui/licences/{id}/renewal")
    String renew(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request, Model model,
                 RedirectAttributes redirect) {
        return action("renew", id, form, RenewalRequest.class, r -> commands.renew(id, r), "Renewal recorded.", request, model, redirect);
    }

    @PostMapping("/ui/licences/{id}/seats")
    String seats(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request, Model model,
                 RedirectAttributes redirect) {
        return action("seats", id, form, SeatsRequest.class, r -> commands.seats(id, r), "Seats changed.", request, model, redirect);
    }
}
