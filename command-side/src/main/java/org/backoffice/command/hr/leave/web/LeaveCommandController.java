package org.backoffice.command.hr.leave.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.backoffice.command.common.Allowed;
import org.backoffice.command.common.CreatedResponse;
import org.backoffice.command.common.InvalidRequestException;
import org.backoffice.command.common.StandardErrors;
import org.backoffice.command.hr.leave.LeaveCommands;
import org.backoffice.events.hr.LeaveType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/employees/{id}")
@Tag(name = "HR")
public class LeaveCommandController {

    /** Parental leave runs up to three years (BEEG §15 (2)); nothing longer is one leave. */
    private static final long LONGEST_LEAVE_DAYS = 3 * 366;

    private final CommandGateway commands;

    public LeaveCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    public record LeaveRequest(UUID id, @NotNull LeaveType type, @NotNull LocalDate firstDay, @NotNull LocalDate lastDay,
                               @Size(max = 500) @Schema(description = "personal data, sealed under the employee's key") String note) {
    }

    public record LeaveDecisionRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    public record EntitlementRequest(@NotNull @Min(1900) @Max(9999) Integer fromYear,
                                     @NotNull @DecimalMin("0") @DecimalMax("365") @Digits(integer = 3, fraction = 2)
                                     @Schema(type = "string", pattern = "^[0-9]{1,3}(\\.[0-9]{1,2})?$", example = "30",
                                             description = "working days a year") BigDecimal annualDays) {
    }

    @PostMapping("/leave")
    @PreAuthorize(Allowed.HR)
    @Operation(summary = "Request a leave for an employee (sick leave is recorded approved)",
            description = "422 when it ends before it starts, lies outside the employment, has no working day, or is "
                    + "annual leave beyond the balance; 409 when it overlaps a requested or approved leave. "
                    + "Idempotent on a client-chosen id.")
    @StandardErrors.Create
    public ResponseEntity<CreatedResponse> request(@PathVariable UUID id, @Valid @RequestBody LeaveRequest r) {
        if (ChronoUnit.DAYS.between(r.firstDay(), r.lastDay()) >= LONGEST_LEAVE_DAYS) {
            throw new InvalidRequestException("lastDay", "a leave lasts at most three years");
        }
        UUID leaveId = r.id() != null ? r.id() : UUID.randomUUID();
        String note = r.note() == null || r.note().isBlank() ? null : r.note().strip();
        commands.sendAndWait(new LeaveCommands.RequestLeaveCommand(id, leaveId, r.type(), r.firstDay(), r.lastDay(), note));
        return ResponseEntity.created(URI.create("/api/v1/employees/" + id + "/leave/" + leaveId))
                .body(new CreatedResponse(leaveId));
    }

    @PostMapping("/leave/{leaveId}/approval")
    @PreAuthorize(Allowed.HR)
    @Operation(summary = "Approve a requested leave", description = "409 unless it is requested (approving twice)")
    @StandardErrors.Change
    public ResponseEntity<Void> approve(@PathVariable UUID id, @PathVariable UUID leaveId) {
        commands.sendAndWait(new LeaveCommands.ApproveLeaveCommand(id, leaveId));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/leave/{leaveId}/refusal")
    @PreAuthorize(Allowed.HR)
    @Operation(summary = "Refuse a requested leave, with the reason")
    @StandardErrors.Change
    public ResponseEntity<Void> refuse(@PathVariable UUID id, @PathVariable UUID leaveId, @Valid @RequestBody LeaveDecisionRequest r) {
        commands.sendAndWait(new LeaveCommands.RefuseLeaveCommand(id, leaveId, r.reason().strip()));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/leave/{leaveId}/cancellation")
    @PreAuthorize(Allowed.HR)
    @Operation(summary = "Cancel a requested or approved leave: its days return to the balance and the payroll")
    @StandardErrors.Change
    public ResponseEntity<Void> cancel(@PathVariable UUID id, @PathVariable UUID leaveId, @Valid @RequestBody LeaveDecisionRequest r) {
        commands.sendAndWait(new LeaveCommands.CancelLeaveCommand(id, leaveId, r.reason().strip()));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/leave-entitlement")
    @PreAuthorize(Allowed.HR)
    @Operation(summary = "The employee's annual leave entitlement in working days, from a year on",
            description = "Pro-rated in the years of joining and leaving. 409 when approved leave would exceed it.")
    @StandardErrors.Change
    public ResponseEntity<Void> entitlement(@PathVariable UUID id, @Valid @RequestBody EntitlementRequest r) {
        commands.sendAndWait(new LeaveCommands.SetLeaveEntitlementCommand(id, r.fromYear(), r.annualDays()));
        return ResponseEntity.ok().build();
    }
}
