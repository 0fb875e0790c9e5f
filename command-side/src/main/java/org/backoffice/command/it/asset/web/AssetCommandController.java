package org.backoffice.command.it.asset.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.backoffice.command.common.Allowed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.backoffice.command.common.CreatedResponse;
import org.backoffice.command.common.StandardErrors;
import org.backoffice.command.it.asset.AssetCommands.AssignAssetCommand;
import org.backoffice.command.it.asset.AssetCommands.CompleteAssetRepairCommand;
import org.backoffice.command.it.asset.AssetCommands.InstallAssetCommand;
import org.backoffice.command.it.asset.AssetCommands.RegisterAssetCommand;
import org.backoffice.command.it.asset.AssetCommands.RetireAssetCommand;
import org.backoffice.command.it.asset.AssetCommands.ReturnAssetCommand;
import org.backoffice.command.it.asset.AssetCommands.SendAssetToRepairCommand;
import org.backoffice.events.common.Money;
import org.backoffice.events.it.AssetType;
import org.backoffice.events.it.ReturnCause;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/assets")
@Tag(name = "IT")
public class AssetCommandController {

    private final CommandGateway commands;

    public AssetCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    public record RegisterRequest(UUID id, @NotNull AssetType type, @NotBlank @Size(max = 100) String serialNumber,
                                  @NotBlank @Size(max = 200) String model, LocalDate purchaseDate, Money purchaseCost,
                                  @Size(max = 200) String location) {
    }

    public record AssignmentRequest(@NotNull UUID employeeId) {
    }

    public record InstallationRequest(@NotBlank @Size(max = 200) String location) {
    }

    public record ReturnRequest(@Size(max = 2000) String note) {
    }

    public record RepairRequest(@NotBlank @Size(max = 2000) String description) {
    }

    public record RetirementRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    @PostMapping
    @PreAuthorize(Allowed.IT)
    @Operation(summary = "Register a device or line, in stock", description = "409 when the serial number is taken")
    @StandardErrors.Create
    public ResponseEntity<CreatedResponse> register(@Valid @RequestBody RegisterRequest r) {
        UUID id = r.id() != null ? r.id() : UUID.randomUUID();
        commands.sendAndWait(new RegisterAssetCommand(id, r.type(), r.serialNumber().strip(), r.model().strip(),
                r.purchaseDate(), r.purchaseCost(), r.location() == null ? null : r.location().strip()));
        return ResponseEntity.created(URI.create("/api/v1/assets/" + id)).body(new CreatedResponse(id));
    }

    @PostMapping("/{id}/assignment")
    @PreAuthorize(Allowed.IT)
    @Operation(summary = "Hand an IN_STOCK asset to an active employee", description = "409 not IN_STOCK; 422 employee not active")
    @StandardErrors.Change
    public ResponseEntity<Void> assign(@PathVariable UUID id, @Valid @RequestBody AssignmentRequest r) {
        commands.sendAndWait(new AssignAssetCommand(id, r.employeeId()));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/{id}/installation")
    @PreAuthorize(Allowed.IT)
    @Operation(summary = "Install an IN_STOCK asset at a location")
    @StandardErrors.Change
    public ResponseEntity<Void> install(@PathVariable UUID id, @Valid @RequestBody InstallationRequest r) {
        commands.sendAndWait(new InstallAssetCommand(id, r.location().strip()));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/{id}/return")
    @PreAuthorize(Allowed.IT)
    @Operation(summary = "Take an ASSIGNED or INSTALLED asset back into stock")
    @StandardErrors.Change
    public ResponseEntity<Void> giveBack(@PathVariable UUID id, @Valid @RequestBody(required = false) ReturnRequest r) {
        commands.sendAndWait(new ReturnAssetCommand(id, r == null ? null : r.note(), ReturnCause.RETURNED, null));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/{id}/repair")
    @PreAuthorize(Allowed.IT)
    @Operation(summary = "Send an asset to repair (its holder or installation ends)")
    @StandardErrors.Change
    public ResponseEntity<Void> repair(@PathVariable UUID id, @Valid @RequestBody RepairRequest r) {
        commands.sendAndWait(new SendAssetToRepairCommand(id, r.description().strip()));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/{id}/repair-completion")
    @PreAuthorize(Allowed.IT)
    @Operation(summary = "Take a repaired asset back into stock")
    @StandardErrors.Change
    public ResponseEntity<Void> repaired(@PathVariable UUID id) {
        commands.sendAndWait(new CompleteAssetRepairCommand(id));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/{id}/retirement")
    @PreAuthorize(Allowed.IT)
    @Operation(summary = "Retire an asset for good (not while assigned)")
    @StandardErrors.Change
    public ResponseEntity<Void> retire(@PathVariable UUID id, @Valid @RequestBody RetirementRequest r) {
        commands.sendAndWait(new RetireAssetCommand(id, r.reason().strip()));
        return ResponseEntity.ok().build();
    }
}
