package org.backoffice.command.accounting.partner.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.backoffice.command.common.BankDetailsRequest;
import org.backoffice.command.accounting.partner.PartnerCommands;
import org.backoffice.command.accounting.partner.PartnerHandler;
import org.backoffice.command.common.Allowed;
import org.backoffice.command.common.StandardErrors;
import org.backoffice.events.accounting.PartyKind;
import org.backoffice.events.common.Money;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/partners")
@Tag(name = "Accounting")
public class PartnerCommandController {

    private final CommandGateway commands;

    public PartnerCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    public record RegisterPartnerRequest(
            UUID id,
            @NotNull @Pattern(regexp = "CUSTOMER|SUPPLIER|EMPLOYEE", message = "must be CUSTOMER or SUPPLIER")
            @Schema(allowableValues = {"CUSTOMER", "SUPPLIER", "EMPLOYEE"},
                    description = "CUSTOMER or SUPPLIER; EMPLOYEE is refused (422): employees are HR's") String kind,
            @NotBlank @Size(max = 200) String name,
            @Pattern(regexp = "[A-Za-z0-9._-]{1,34}", message = "may contain only letters, digits, '.', '_' and '-'")
            @Schema(description = "its personal account's number; default the next free one (customers 10000–69999, "
                    + "suppliers 70000–99999)") String accountNumber,
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
            @Schema(description = "default EUR") String currency,
            @Valid BankDetailsRequest bankDetails,
            @Min(0) @Max(365) @Schema(description = "days to pay an invoice; default 14") Integer paymentTermDays) {
    }

    public record PartnerRegistered(UUID id, UUID accountId) {
    }

    @PostMapping
    @PreAuthorize(Allowed.ACCOUNTING)
    @Operation(summary = "Register a customer or supplier and open its personal account",
            description = "The receivable (customer) or payable (supplier) account is opened in the same transaction, "
                    + "with the partner as its party. Idempotent on a client-chosen id.")
    @StandardErrors.Create
    public ResponseEntity<PartnerRegistered> register(@Valid @RequestBody RegisterPartnerRequest r) {
        String currency = r.currency() == null ? "EUR" : r.currency();
        Money.currencyOf(currency);
        UUID id = r.id() != null ? r.id() : UUID.randomUUID();
        PartnerHandler.Registered registered = commands.sendAndWait(new PartnerCommands.RegisterPartner(id,
                PartyKind.valueOf(r.kind()),
                r.name().strip(), r.accountNumber(), currency,
                r.bankDetails() == null ? null : r.bankDetails().validated("bankDetails"),
                r.paymentTermDays() == null ? 14 : r.paymentTermDays()));
        return ResponseEntity.created(URI.create("/api/v1/partners/" + id))
                .body(new PartnerRegistered(id, registered.accountId()));
    }

    @PostMapping("/{id}/bank-details")
    @PreAuthorize(Allowed.ACCOUNTING)
    @Operation(summary = "Change a partner's bank account")
    @StandardErrors.Change
    public ResponseEntity<Void> changeBankDetails(@PathVariable UUID id, @Valid @RequestBody BankDetailsRequest r) {
        commands.sendAndWait(new PartnerCommands.ChangePartnerBankDetails(id, r.validated("")));
        return ResponseEntity.ok().build();
    }

    public record AllocationRequest(
            @NotNull @Schema(description = "the client's id of this allocation: the same allocation sent again "
                    + "allocates nothing twice") UUID id,
            @NotNull @Schema(description = "the payment's entry id") UUID paymentId,
            @NotNull @Schema(description = "the open item's (invoice's) entry id") UUID itemId,
            @NotNull Money amount) {
    }

    @PostMapping("/{id}/allocations")
    @PreAuthorize(Allowed.ACCOUNTING)
    @Operation(summary = "Allocate an unallocated payment to an open item",
            description = "Both must be this partner's and not reversed; the amount at most what the item still owes "
                    + "and what the payment has left (422 otherwise). Idempotent on the allocation's id.")
    @StandardErrors.Change
    public ResponseEntity<Void> allocate(@PathVariable UUID id, @Valid @RequestBody AllocationRequest r) {
        if (!r.amount().isPositive()) {
            throw StandardErrors.invalidField("amount.amount", "must be greater than zero");
        }
        commands.sendAndWait(new PartnerCommands.AllocatePayment(id, r.id(), r.paymentId(), r.itemId(), r.amount()));
        return ResponseEntity.ok().build();
    }
}
