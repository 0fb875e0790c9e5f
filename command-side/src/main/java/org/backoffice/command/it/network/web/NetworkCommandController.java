package org.backoffice.command.it.network.web;

import inet.ipaddr.IPAddress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.backoffice.command.common.Allowed;
import org.backoffice.command.common.CreatedResponse;
import org.backoffice.command.common.StandardErrors;
import org.backoffice.command.it.network.IpPlan;
import org.backoffice.command.it.network.NetworkCommands.AssignIpAddressCommand;
import org.backoffice.command.it.network.NetworkCommands.DefineNetworkCommand;
import org.backoffice.command.it.network.NetworkCommands.OpenSiteCommand;
import org.backoffice.command.it.network.NetworkCommands.ReleaseIpAddressCommand;
import org.backoffice.events.it.ReturnCause;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

@RestController
@Tag(name = "IT")
public class NetworkCommandController {

    private final CommandGateway commands;

    public NetworkCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    public record SiteRequest(UUID id, @NotBlank @Size(max = 200) String name, @Size(max = 400) String address) {
    }

    public record NetworkRequest(UUID id, @NotNull UUID siteId, @NotBlank @Size(max = 200) String name,
                                 @NotBlank @Size(max = 64) String prefix, @Min(1) @Max(4094) Integer vlanId,
                                 @Size(max = 64) String gateway) {
    }

    /** A host name as DNS takes it: labels of letters, digits and hyphens, dot-separated. */
    public record AddressAssignmentRequest(@NotBlank @Size(max = 64) String address, @NotNull UUID assetId,
                                           @Size(max = 253) @Pattern(regexp = "^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$",
                                                   message = "must be a host name: letters, digits and hyphens in dot-separated labels") String hostname) {
    }

    public record AddressReleaseRequest(@Size(max = 2000) String note) {
    }

    @PostMapping("/api/v1/sites")
    @PreAuthorize(Allowed.IT)
    @Operation(summary = "Open a site (an office, a warehouse, a data centre)", description = "409 a site of that name exists")
    @StandardErrors.Create
    public ResponseEntity<CreatedResponse> openSite(@Valid @RequestBody SiteRequest r) {
        UUID id = r.id() != null ? r.id() : UUID.randomUUID();
        commands.sendAndWait(new OpenSiteCommand(id, r.name().strip(), blankToNull(r.address())));
        return ResponseEntity.created(URI.create("/api/v1/sites/" + id)).body(new CreatedResponse(id));
    }

    @PostMapping("/api/v1/networks")
    @PreAuthorize(Allowed.IT)
    @Operation(summary = "Define a network at a site: an IPv4 or IPv6 prefix, a VLAN, a gateway",
            description = "400 a malformed prefix or gateway, or host bits set; 409 it overlaps another network; 422 unknown site, gateway outside the prefix")
    @StandardErrors.Create
    public ResponseEntity<CreatedResponse> defineNetwork(@Valid @RequestBody NetworkRequest r) {
        UUID id = r.id() != null ? r.id() : UUID.randomUUID();
        IPAddress prefix = IpPlan.prefix("prefix", r.prefix());
        String gateway = blankToNull(r.gateway()) == null ? null : IpPlan.address("gateway", r.gateway()).toCanonicalString();
        commands.sendAndWait(new DefineNetworkCommand(id, r.siteId(), r.name().strip(), prefix.toCanonicalString(), r.vlanId(), gateway));
        return ResponseEntity.created(URI.create("/api/v1/networks/" + id)).body(new CreatedResponse(id));
    }

    public record AddressAssigned(UUID id, String address) {
    }

    @PostMapping("/api/v1/networks/{id}/addresses")
    @PreAuthorize(Allowed.IT)
    @Operation(summary = "Give a device an address of the network",
            description = "400 not an address; 404 no such network; 409 the address is taken; 422 outside the prefix, the network or broadcast address, the gateway, or a device that is retired or unknown")
    @StandardErrors.Create
    public ResponseEntity<AddressAssigned> assign(@PathVariable UUID id, @Valid @RequestBody AddressAssignmentRequest r) {
        IPAddress address = IpPlan.address("address", r.address());
        UUID addressId = IpPlan.addressId(address);
        String canonical = address.toCanonicalString();
        commands.sendAndWait(new AssignIpAddressCommand(addressId, id, canonical, r.assetId(), blankToNull(r.hostname())));
        return ResponseEntity.created(URI.create("/api/v1/networks/" + id + "/addresses/" + canonical))
                .body(new AddressAssigned(addressId, canonical));
    }

    @PostMapping("/api/v1/networks/{id}/addresses/{address}/release")
    @PreAuthorize(Allowed.IT)
    @Operation(summary = "Free an address the device no longer needs", description = "404 never assigned; 409 not assigned now")
    @StandardErrors.Change
    public ResponseEntity<Void> release(@PathVariable UUID id, @PathVariable String address,
                                        @Valid @RequestBody(required = false) AddressReleaseRequest r) {
        IPAddress a = IpPlan.address("address", address);
        commands.sendAndWait(new ReleaseIpAddressCommand(IpPlan.addressId(a), id, ReturnCause.RETURNED,
                r == null ? null : blankToNull(r.note()), null));
        return ResponseEntity.ok().build();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
