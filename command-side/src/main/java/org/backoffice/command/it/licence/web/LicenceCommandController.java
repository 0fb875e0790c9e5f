package org.backoffice.command.it.licence.web;

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
import org.backoffice.command.it.licence.LicenceCommands.AssignLicenceSeatCommand;
import org.backoffice.command.it.licence.LicenceCommands.ChangeLicenceSeatsCommand;
import org.backoffice.command.it.licence.LicenceCommands.RegisterLicenceCommand;
import org.backoffice.command.it.licence.LicenceCommands.ReleaseLicenceSeatCommand;
import org.backoffice.command.it.licence.LicenceCommands.RenewLicenceCommand;
import org.backoffice.events.common.Money;
import org.backoffice.events.it.BillingPeriod;
import org.backoffice.events.it.ReturnCause;
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
public class LicenceCommandController {

    public static final int MAX_SEATS = 100_000;

    private final CommandGateway commands;

    public LicenceCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    public record LicenceRequest(UUID id, @NotBlank @Size(max = 200) String product, @Size(max = 200) String vendor,
                                 @NotNull @Min(1) @Max(MAX_SEATS) Integer seats, @NotNull Money costPerPeriod,
                                 @NotNull BillingPeriod billingPeriod, @NotNull LocalDate renewalDate,
                                 @Min(0) @Max(365) Integer reminderDays) {
    }

    public record SeatsRequest(@NotNull @Min(1) @Max(MAX_SEATS) Integer seats) {
    }

    public record RenewalRequest(@NotNull LocalDate renewalDate) {
    }

    public record SeatRequest(UUID employeeId, UUID assetId, @Size(max = 2000) String note) {
    }

    @PostMapping("/api/v1/licences")
    @PreAuthorize(Allowed.IT)
    @Operation(summary = "Register a software licence or subscription: seats, cost per billing period, renewal date",
            description = "A reminder is recorded reminderDays (default 30) before the renewal date; 422 a negative cost")
    @StandardErrors.Create
    public ResponseEntity<CreatedResponse> register(@Valid @RequestBody LicenceRequest r) {
        UUID id = r.id() != null ? r.id() : UUID.randomUUID();
        commands.sendAndWait(new RegisterLicenceCommand(id, r.product().strip(), r.vendor() == null || r.vendor().isBlank() ? null
                : r.vendor().strip(), r.seats(), r.costPerPeriod(), r.billingPeriod(), r.renewalDate(),
                r.reminderDays() == null ? 30 : r.reminderDays()));
        return ResponseEntity.created(URI.create("/api/v1/licences/" + id)).body(new CreatedResponse(id));
    }

    @PostMapping("/api/v1/licences/{id}/seats")
    @PreAuthorize(Allowed.IT)
    @Operation(summary = "Change how many seats are bought", description = "409 fewer than are assigned")
    @StandardErrors.Change
    public ResponseEntity<Void> seats(@PathVariable UUID id, @Valid @RequestBody SeatsRequest r) {
        commands.sendAndWait(new ChangeLicenceSeatsCommand(id, r.seats()));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/api/v1/licences/{id}/renewal")
    @PreAuthorize(Allowed.IT)
    @Operation(summary = "Record the renewal: the licence runs to the next renewal date, and its reminder is set for that",
            description = "422 the date is not after the current renewal date")
    @StandardErrors.Change
    public ResponseEntity<Void> renew(@PathVariable UUID id, @Valid @RequestBody RenewalRequest r) {
        commands.sendAndWait(new RenewLicenceCommand(id, r.renewalDate()));
        return ResponseEntity.ok().build();
    }

    private static UUID holder(SeatRequest r) {
        if ((r.employeeId() == null) == (r.assetId() == null)) {
            throw StandardErrors.invalidField(r.employeeId() == null ? "employeeId" : "assetId",
                    "give exactly one holder: an employeeId or an assetId");
        }
        return r.employeeId() != null ? r.employeeId() : r.assetId();
    }

    @PostMapping("/api/v1/licences/{id}/seat-assignments")
    @PreAuthorize(Allowed.IT)
    @Operation(summary = "Give a seat to an employee or a device (exactly one; one seat each)",
            description = "400 not exactly one holder; 409 every seat is assigned; 422 an employee not active, a device unknown or retired")
    @StandardErrors.Change
    public ResponseEntity<Void> assign(@PathVariable UUID id, @Valid @RequestBody SeatRequest r) {
        holder(r);
        commands.sendAndWait(new AssignLicenceSeatCommand(id, r.employeeId(), r.assetId()));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/api/v1/licences/{id}/seat-releases")
    @PreAuthorize(Allowed.IT)
    @Operation(summary = "Take a seat back from an employee or a device", description = "400 not exactly one holder; 409 that holder has no seat")
    @StandardErrors.Change
    public ResponseEntity<Void> release(@PathVariable UUID id, @Valid @RequestBody SeatRequest r) {
        commands.sendAndWait(new ReleaseLicenceSeatCommand(id, holder(r), ReturnCause.RETURNED,
                r.note() == null || r.note().isBlank() ? null : r.note().strip(), false));
        return ResponseEntity.ok().build();
    }
}
