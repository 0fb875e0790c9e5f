package org.backoffice.query.it.network.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.backoffice.query.common.Allowed;
import org.backoffice.query.common.PageRequestParams;
import org.backoffice.query.common.PageView;
import org.backoffice.query.common.QueryErrors;
import org.backoffice.query.common.QueryParams;
import org.backoffice.query.it.network.NetworkQueries;
import org.backoffice.query.it.network.NetworkQueries.AddressView;
import org.backoffice.query.it.network.NetworkQueries.FreeAddresses;
import org.backoffice.query.it.network.NetworkQueries.NetworkView;
import org.backoffice.query.it.network.NetworkQueries.SiteView;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.util.UUID;

@RestController
@Tag(name = "IT")
public class NetworkQueryController {

    private static final String AS_OF = "now, or as of an instant (ISO-8601, or a date = its end)";

    private final QueryGateway queries;

    public NetworkQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    private static Instant asOf(String asOf) {
        return QueryParams.instantOrDate("asOf", asOf, true);
    }

    @GetMapping("/api/v1/sites")
    @PreAuthorize(Allowed.IT_READS)
    @Operation(summary = "Sites with the number of their networks")
    @QueryErrors.List
    public PageView<SiteView> sites(@Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                                    @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageRequestParams p = PageRequestParams.of(page, size);
        return queries.query(new NetworkQueries.FindSites(asOf(asOf), p.page(), p.size()), NetworkQueries.SiteList.class).join().page();
    }

    @GetMapping("/api/v1/networks")
    @PreAuthorize(Allowed.IT_READS)
    @Operation(summary = "Networks with their capacity, the addresses assigned and the next free one, by site")
    @QueryErrors.List
    public PageView<NetworkView> networks(@RequestParam(required = false) UUID siteId,
                                          @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                                          @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageRequestParams p = PageRequestParams.of(page, size);
        return queries.query(new NetworkQueries.FindNetworks(siteId, asOf(asOf), p.page(), p.size()), NetworkQueries.NetworkList.class)
                .join().page();
    }

    @GetMapping("/api/v1/networks/{id}")
    @PreAuthorize(Allowed.IT_READS)
    @Operation(summary = "One network with its capacity, the addresses assigned and the next free one")
    @QueryErrors.Item
    public NetworkView network(@PathVariable UUID id, @Parameter(description = AS_OF) @RequestParam(required = false) String asOf) {
        return queries.query(new NetworkQueries.FindNetwork(id, asOf(asOf)), ResponseTypes.optionalInstanceOf(NetworkView.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "network " + id + " does not exist"
                        + (asOf == null ? "" : " at " + asOf)));
    }

    @GetMapping("/api/v1/networks/{id}/addresses")
    @PreAuthorize(Allowed.IT_READS)
    @Operation(summary = "The addresses of a network held by devices, in address order")
    @QueryErrors.List
    public PageView<AddressView> addresses(@PathVariable UUID id, @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                                           @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        network(id, asOf);
        PageRequestParams p = PageRequestParams.of(page, size);
        return queries.query(new NetworkQueries.FindAddresses(id, null, asOf(asOf), p.page(), p.size()), NetworkQueries.AddressList.class)
                .join().page();
    }

    @GetMapping("/api/v1/networks/{id}/addresses/{address}")
    @PreAuthorize(Allowed.IT_READS)
    @Operation(summary = "An address of a network: the device holding it, or its last holder and when it was released")
    @QueryErrors.Item
    public AddressView address(@PathVariable UUID id, @PathVariable String address) {
        IPAddress a = new IPAddressString(address).getAddress();
        if (a == null || a.isPrefixed() || a.isMultiple()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "\"" + address + "\" is not an IP address");
        }
        return queries.query(new NetworkQueries.FindAddress(id, a.toCanonicalString()), ResponseTypes.optionalInstanceOf(AddressView.class))
                .join().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        a.toCanonicalString() + " has never been assigned in network " + id));
    }

    @GetMapping("/api/v1/networks/{id}/free-addresses")
    @PreAuthorize(Allowed.IT_READS)
    @Operation(summary = "The lowest free addresses of a network, next free first (not the network, broadcast or gateway address)")
    @QueryErrors.Item
    public FreeAddresses freeAddresses(@PathVariable UUID id,
                                       @Parameter(description = "how many, 1–100 (default 10)") @RequestParam(required = false) Integer limit) {
        if (limit != null && (limit < 1 || limit > 100)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be between 1 and 100");
        }
        network(id, null);
        return queries.query(new NetworkQueries.FindFreeAddresses(id, limit == null ? 10 : limit), FreeAddresses.class).join();
    }

    @GetMapping("/api/v1/assets/{id}/addresses")
    @PreAuthorize(Allowed.IT_READS)
    @Operation(summary = "The addresses a device holds, now or as of an instant")
    @QueryErrors.List
    public PageView<AddressView> addressesOf(@PathVariable UUID id, @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                                             @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        queries.query(new org.backoffice.query.it.asset.InventoryQueries.FindAsset(id),
                        ResponseTypes.optionalInstanceOf(org.backoffice.query.it.asset.InventoryQueries.AssetView.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "asset " + id + " does not exist"));
        PageRequestParams p = PageRequestParams.of(page, size);
        return queries.query(new NetworkQueries.FindAddresses(null, id, asOf(asOf), p.page(), p.size()), NetworkQueries.AddressList.class)
                .join().page();
    }
}
