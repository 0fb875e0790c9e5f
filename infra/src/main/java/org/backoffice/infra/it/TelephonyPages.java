package org.backoffice.infra.it;

import jakarta.servlet.http.HttpServletRequest;
import org.backoffice.command.it.telephony.web.TelephonyCommandController;
import org.backoffice.command.it.telephony.web.TelephonyCommandController.NumberAssignmentRequest;
import org.backoffice.command.it.telephony.web.TelephonyCommandController.NumberBlockRequest;
import org.backoffice.command.it.telephony.web.TelephonyCommandController.NumberReleaseRequest;
import org.backoffice.infra.security.OperationRules;
import org.backoffice.infra.web.ui.Forms;
import org.backoffice.infra.web.ui.WebPage;
import org.backoffice.query.hr.employment.web.HrQueryController;
import org.backoffice.query.hr.employment.web.HrQueryController.EmployeeStatus;
import org.backoffice.query.it.asset.web.InventoryQueryController;
import org.backoffice.query.it.telephony.web.TelephonyQueryController;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Set;
import java.util.UUID;

/** Number blocks; a block's numbers, the free ones, assigning them to an employee or a device and releasing them. */
@WebPage
class TelephonyPages {

    private final TelephonyCommandController commands;
    private final TelephonyQueryController telephony;
    private final InventoryQueryController inventory;
    private final HrQueryController hr;
    private final Forms forms;
    private final OperationRules operations;

    TelephonyPages(TelephonyCommandController commands, TelephonyQueryController telephony, InventoryQueryController inventory,
                   HrQueryController hr, Forms forms, OperationRules operations) {
        this.commands = commands;
        this.telephony = telephony;
        this.inventory = inventory;
        this.hr = hr;
        this.forms = forms;
        this.operations = operations;
    }

    @GetMapping("/ui/number-blocks")
    String blocks(Model model) {
        model.addAttribute("blocks", telephony.blocks(null, null, 0, 500));
        model.addAttribute("kinds", TelephonyQueryController.NumberBlockKindFilter.values());
        return "number-blocks";
    }

    @PostMapping("/ui/number-blocks")
    String create(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        return forms.submit("block", form, NumberBlockRequest.class, Set.of(), commands::createBlock,
                created -> "/ui/number-blocks/" + created.getBody().id(), "Number block recorded.", model, redirect, () -> blocks(model));
    }

    @GetMapping("/ui/number-blocks/{id}")
    String block(@PathVariable UUID id, @RequestParam(required = false) String asOf, HttpServletRequest request, Model model) {
        model.addAttribute("block", telephony.block(id, asOf));
        model.addAttribute("asOf", asOf);
        model.addAttribute("numbers", telephony.numbers(id, asOf, 0, 500));
        if (asOf == null) {
            model.addAttribute("free", telephony.freeNumbers(id, 5).numbers());
        }
        if (operations.allows("TelephonyCommandController.assign")) {
            model.addAttribute("active", hr.employees(null, EmployeeStatus.ACTIVE, 0, 500, request).items());
            model.addAttribute("devices", DevicesInService.of(inventory));
        }
        return "number-block";
    }

    @PostMapping("/ui/number-blocks/{id}/numbers")
    String assign(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request, Model model,
                  RedirectAttributes redirect) {
        return forms.submit("assign", form, NumberAssignmentRequest.class, Set.of(), r -> commands.assign(id, r),
                done -> "/ui/number-blocks/" + id, "Number assigned.", model, redirect, () -> block(id, null, request, model));
    }

    @PostMapping("/ui/number-blocks/{id}/numbers/{number}/release")
    String release(@PathVariable UUID id, @PathVariable String number, HttpServletRequest request, Model model,
                   RedirectAttributes redirect) {
        return forms.perform("release", () -> commands.release(id, number, new NumberReleaseRequest(null)), "/ui/number-blocks/" + id,
                "Number " + number + " released.", model, redirect, () -> block(id, null, request, model));
    }
}
