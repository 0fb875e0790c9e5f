package org.backoffice.command.it.maintenance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.backoffice.command.common.Allowed;
import org.backoffice.command.common.CreatedResponse;
import org.backoffice.command.common.StandardErrors;
import org.backoffice.command.it.asset.AssetCommands.SetWarrantyCommand;
import org.backoffice.command.it.maintenance.MaintenancePlan;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

@RestController
@Tag(name = "IT")
public class MaintenanceCommandController {

    private final CommandGateway commands;

    public MaintenanceCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    public record WarrantyRequest(@NotNull LocalDate endsOn) {
    }

    public record MaintenancePlanRequest(UUID id, @NotNull UUID assetId, @NotBlank @Size(max = 500) String task,
                                         @NotNull @Min(1) @Max(120) Integer intervalMonths, @NotNull LocalDate firstDue,
                                         @Min(0) @Max(365) Integer reminderDays) {
    }

    public record MaintenanceDoneRequest(@NotNull LocalDate doneOn, @Size(max = 2000) String note) {
    }

    @PostMapping("/api/v1/assets/{id}/warranty")
    @PreAuthorize(Allowed.IT)
    @Operation(summary = "Record the end of a device's warranty; a reminder comes 30 days before it",
            description = "409 the device is retired")
    @StandardErrors.Change
    public ResponseEntity<Void> warranty(@PathVariable UUID id, @Valid @RequestBody WarrantyRequest r) {
        commands.sendAndWait(new SetWarrantyCommand(id, r.endsOn()));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/api/v1/maintenance-plans")
    @PreAuthorize(Allowed.IT)
    @Operation(summary = "Plan recurring maintenance of a device: the task, every so many months, first due when, reminded how many days before (default 14)",
            description = "422 the device is unknown or retired")
    @StandardErrors.Create
    public ResponseEntity<CreatedResponse> plan(@Valid @RequestBody MaintenancePlanRequest r) {
        UUID id = r.id() != null ? r.id() : UUID.randomUUID();
        commands.sendAndWait(new MaintenancePlan.PlanMaintenanceCommand(id, r.assetId(), r.task().strip(), r.intervalMonths(), r.firstDue(),
                r.reminderDays() == null ? 14 : r.reminderDays()));
        return ResponseEntity.created(URI.create("/api/v1/maintenance-plans/" + id)).body(new CreatedResponse(id));
    }

    @PostMapping("/api/v1/maintenance-plans/{id}/completions")
    @PreAuthorize(Allowed.IT)
    @Operation(summary = "Record the maintenance done: the next is due an interval after the day it was done",
            description = "422 a day in the future")
    @StandardErrors.Change
    public ResponseEntity<Void> done(@PathVariable UUID id, @Valid @RequestBody MaintenanceDoneRequest r) {
        commands.sendAndWait(new MaintenancePlan.CompleteMaintenanceCommand(id, r.doneOn(),
                r.note() == null || r.note().isBlank() ? null : r.note().strip()));
        return ResponseEntity.ok().build();
    }
}
