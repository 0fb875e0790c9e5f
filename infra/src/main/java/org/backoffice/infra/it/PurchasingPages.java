package org.backoffice.infra.it;

import jakarta.servlet.http.HttpServletRequest;
import org.backoffice.command.it.purchasing.web.PurchasingCommandController;
import org.backoffice.command.it.purchasing.web.PurchasingCommandController.CatalogueModelRequest;
import org.backoffice.command.it.purchasing.web.PurchasingCommandController.DeviceRequestApproval;
import org.backoffice.command.it.purchasing.web.PurchasingCommandController.DeviceRequestRejection;
import org.backoffice.command.it.purchasing.web.PurchasingCommandController.DeviceRequestRequest;
import org.backoffice.command.it.purchasing.web.PurchasingCommandController.PurchaseOrderRequest;
import org.backoffice.command.it.purchasing.web.PurchasingCommandController.ReceiptRequest;
import org.backoffice.events.it.AssetType;
import org.backoffice.events.it.purchasing.DeviceRequestReason;
import org.backoffice.infra.security.OperationRules;
import org.backoffice.infra.web.ui.Forms;
import org.backoffice.infra.web.ui.WebPage;
import org.backoffice.query.hr.employment.web.HrQueryController;
import org.backoffice.query.hr.employment.web.HrQueryController.EmployeeStatus;
import org.backoffice.query.it.purchasing.web.PurchasingQueryController;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

/** The catalogue, device requests with their approval, purchase orders and their receipts. */
@WebPage
class PurchasingPages {

    private final PurchasingCommandController commands;
    private final PurchasingQueryController purchasing;
    private final HrQueryController hr;
    private final Forms forms;
    private final OperationRules operations;

    PurchasingPages(PurchasingCommandController commands, PurchasingQueryController purchasing,
                    HrQueryController hr, Forms forms, OperationRules operations) {
        this.commands = commands;
        this.purchasing = purchasing;
        this.hr = hr;
        this.forms = forms;
        this.operations = operations;
    }

    @GetMapping("/ui/purchasing")
    String purchasing(HttpServletRequest request, Model model) {
        model.addAttribute("catalogue", purchasing.catalogue(false, 0, 500).items());
        model.addAttribute("requests", purchasing.requests(null, 0, 500).items());
        model.addAttribute("orders", purchasing.orders(0, 100).items());
        model.addAttribute("types", AssetType.values());
        model.addAttribute("reasons", DeviceRequestReason.values());
        if (operations.allows("PurchasingCommandController.addModel")) {
            model.addAttribute("suppliers", purchasing.suppliers().suppliers());
            model.addAttribute("employees", hr.employees(null, EmployeeStatus.ACTIVE, 0, 500, request).items());
        }
        return "purchasing";
    }

    private String back(HttpServletRequest request, Model model) {
        return purchasing(request, model);
    }

    @PostMapping("/ui/catalogue-models")
    String addModel(@RequestParam MultiValueMap<String, String> form, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return forms.submit("model", form, CatalogueModelRequest.class, Set.of(), commands::addModel, done -> "/ui/purchasing",
                "Model added to the catalogue.", model, redirect, () -> back(request, model));
    }

    @PostMapping("/ui/device-requests")
    String request(@RequestParam MultiValueMap<String, String> form, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return forms.submit("request", form, DeviceRequestRequest.class, Set.of(), commands::request, done -> "/ui/purchasing",
                "Device requested.", model, redirect, () -> back(request, model));
    }

    @PostMapping("/ui/device-requests/{id}/approval")
    String approve(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request, Model model,
                   RedirectAttributes redirect) {
        return forms.submit("approve-" + id, form, DeviceRequestApproval.class, Set.of(), r -> commands.approve(id, r),
                done -> "/ui/purchasing", "Request approved.", model, redirect, () -> back(request, model));
    }

    @PostMapping("/ui/device-requests/{id}/rejection")
    String reject(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request, Model model,
                  RedirectAttributes redirect) {
        return forms.submit("reject-" + id, form, DeviceRequestRejection.class, Set.of(), r -> commands.reject(id, r),
                done -> "/ui/purchasing", "Request rejected.", model, redirect, () -> back(request, model));
    }

    @PostMapping("/ui/purchase-orders")
    String order(@RequestParam MultiValueMap<String, String> form, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return forms.submit("order", form, PurchaseOrderRequest.class, Set.of("requestIds"), commands::order,
                created -> "/ui/purchase-orders/" + created.getBody().id(), "Order placed.", model, redirect, () -> back(request, model));
    }

    @GetMapping("/ui/fixed-assets")
    String fixedAssets(@RequestParam(required = false) String asOf, Model model) {
        model.addAttribute("asOf", asOf);
        model.addAttribute("assets", purchasing.fixedAssets(asOf, 0, 500));
        model.addAttribute("runs", purchasing.depreciationRuns().runs());
        return "fixed-assets";
    }

    @GetMapping("/ui/purchase-orders/{id}")
    String orderPage(@PathVariable UUID id, Model model) {
        model.addAttribute("order", purchasing.order(id));
        return "purchase-order";
    }

    /** The serial numbers come one per line of a text area: each line a value of the list. */
    @PostMapping("/ui/purchase-orders/{id}/receipts")
    String receive(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        MultiValueMap<String, String> read = new LinkedMultiValueMap<>();
        form.forEach((name, values) -> {
            if (name.endsWith(".serialNumbers")) {
                values.forEach(v -> read.addAll(name, Arrays.stream(v.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList()));
            } else {
                read.put(name, values);
            }
        });
        Set<String> lists = new java.util.HashSet<>();
        read.keySet().stream().filter(n -> n.endsWith(".serialNumbers")).forEach(lists::add);
        return forms.submit("receive", read, ReceiptRequest.class, lists, r -> commands.receive(id, r),
                done -> "/ui/purchase-orders/" + id, "Received: the devices are registered and the invoice is posted.", model, redirect,
                () -> orderPage(id, model));
    }
}
