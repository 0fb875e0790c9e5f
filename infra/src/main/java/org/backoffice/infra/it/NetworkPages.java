package org.backoffice.infra.it;

import org.backoffice.command.it.network.web.NetworkCommandController;
import org.backoffice.command.it.network.web.NetworkCommandController.AddressAssignmentRequest;
import org.backoffice.command.it.network.web.NetworkCommandController.AddressReleaseRequest;
import org.backoffice.command.it.network.web.NetworkCommandController.NetworkRequest;
import org.backoffice.command.it.network.web.NetworkCommandController.SiteRequest;
import org.backoffice.infra.security.OperationRules;
import org.backoffice.infra.web.ui.Forms;
import org.backoffice.infra.web.ui.WebPage;
import org.backoffice.query.it.asset.web.InventoryQueryController;
import org.backoffice.query.it.network.web.NetworkQueryController;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Set;
import java.util.UUID;

/** Sites and networks; a network's addresses, the next free ones, assigning and releasing them. */
@WebPage
class NetworkPages {

    private final NetworkCommandController commands;
    private final NetworkQueryController networks;
    private final InventoryQueryController inventory;
    private final Forms forms;
    private final OperationRules operations;

    NetworkPages(NetworkCommandController commands, NetworkQueryController networks, InventoryQueryController inventory,
                 Forms forms, OperationRules operations) {
        this.commands = commands;
        this.networks = networks;
        this.inventory = inventory;
        this.forms = forms;
        this.operations = operations;
    }

    @GetMapping("/ui/networks")
    String networks(@RequestParam(required = false) UUID siteId, Model model) {
        model.addAttribute("siteId", siteId);
        model.addAttribute("sites", networks.sites(null, 0, 500));
        model.addAttribute("networks", networks.networks(siteId, null, 0, 500));
        return "networks";
    }

    @PostMapping("/ui/sites")
    String openSite(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        return forms.submit("site", form, SiteRequest.class, Set.of(), commands::openSite, created -> "/ui/networks",
                "Site opened.", model, redirect, () -> networks(null, model));
    }

    @PostMapping("/ui/networks")
    String define(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        return forms.submit("network", form, NetworkRequest.class, Set.of(), commands::defineNetwork,
                created -> "/ui/networks/" + created.getBody().id(), "Network defined.", model, redirect,
                () -> networks(null, model));
    }

    @GetMapping("/ui/networks/{id}")
    String network(@PathVariable UUID id, @RequestParam(required = false) String asOf, Model model) {
        model.addAttribute("network", networks.network(id, asOf));
        model.addAttribute("asOf", asOf);
        model.addAttribute("addresses", networks.addresses(id, asOf, 0, 500));
        if (asOf == null) {
            model.addAttribute("free", networks.freeAddresses(id, 5).addresses());
        }
        if (operations.allows("NetworkCommandController.assign")) {
            // Devices that can take an address: every one not retired.
            model.addAttribute("devices", DevicesInService.of(inventory));
        }
        return "network";
    }

    @PostMapping("/ui/networks/{id}/addresses")
    String assign(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        return forms.submit("assign", form, AddressAssignmentRequest.class, Set.of(), r -> commands.assign(id, r),
                done -> "/ui/networks/" + id, "Address assigned.", model, redirect, () -> network(id, null, model));
    }

    @PostMapping("/ui/networks/{id}/addresses/{address}/release")
    String release(@PathVariable UUID id, @PathVariable String address, Model model, RedirectAttributes redirect) {
        return forms.perform("release", () -> commands.release(id, address, new AddressReleaseRequest(null)), "/ui/networks/" + id,
                "Address " + address + " released.", model, redirect, () -> network(id, null, model));
    }
}
