package org.backoffice.command.accounting.standingorder.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.backoffice.command.common.Allowed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.backoffice.command.accounting.standingorder.StandingOrderCommands.CancelStandingOrderCommand;
import org.backoffice.command.accounting.standingorder.StandingOrderCommands.CreateStandingOrderCommand;
import org.backoffice.command.common.CreatedResponse;
import org.backoffice.command.common.StandardErrors;
import org.backoffice.events.common.Money;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.YearMonth;
import java.util.UUID;

/**
 * Supplier standing orders: paid by themselves on their day of every month (the schedule in
 * infra), each month once, until their end month or their cancellation.
 */
@RestController
@RequestMapping("/api/v1/standing-orders")
@Tag(name = "Accounting")
public class StandingOrderCommandController {

    private final CommandGateway commands;

    public StandingOrderCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    public record StandingOrderRequest(UUID id,
                                       @NotNull UUID supplierAccountId,
                                       @NotNull UUID bankAccountId,
                                       @NotNull Money amount,
                                       @NotNull @Min(1) @Max(31) Integer dayOfMonth,
                                       @NotNull YearMonth startMonth,
                                       YearMonth endMonth,
                                       @NotBlank @Size(max = 400) String reference) {
    }

    @PostMapping
    @PreAuthorize(Allowed.ACCOUNTING)
    @Operation(summary = "Create a supplier standing order",
            description = "A SUPPLIER_PAYMENT from the bank account to the supplier account on dayOfMonth (the "
                    + "month's last day when shorter) of every month from startMonth to endMonth (open-ended when "
                    + "absent). Idempotent on a client-chosen id.")
    @StandardErrors.Create
    public ResponseEntity<CreatedResponse> create(@Valid @RequestBody StandingOrderRequest r) {
        if (!r.amount().isPositive()) {
            throw StandardErrors.invalidField("amount.amount", "must be greater than zero");
        }
        UUID id = r.id() != null ? r.id() : UUID.randomUUID();
        commands.sendAndWait(new CreateStandingOrderCommand(id, r.supplierAccountId(), r.bankAccountId(), r.amount(),
                r.dayOfMonth(), r.startMonth(), r.endMonth(), r.reference().strip()));
        return ResponseEntity.created(URI.create("/api/v1/standing-orders/" + id)).body(new CreatedResponse(id));
    }

    @PostMapping("/{id}/cancellation")
    @PreAuthorize(Allowed.ACCOUNTING)
    @Operation(summary = "Cancel a standing order: no further month is paid")
    @StandardErrors.Change
    public ResponseEntity<Void> cancel(@PathVariable UUID id) {
        commands.sendAndWait(new CancelStandingOrderCommand(id));
        return ResponseEntity.ok().build();
    }
}
