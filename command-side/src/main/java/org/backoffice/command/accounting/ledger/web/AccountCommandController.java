package org.backoffice.command.accounting.ledger.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.backoffice.command.common.Allowed;
import org.backoffice.command.accounting.ledger.CloseAccountCommand;
import org.backoffice.command.accounting.ledger.OpenAccountCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.backoffice.command.common.BankDetailsRequest;
import org.backoffice.command.common.CreatedResponse;
import org.backoffice.command.common.StandardErrors;
import org.backoffice.events.accounting.AccountType;
import org.backoffice.events.accounting.Party;
import org.backoffice.events.accounting.PartyKind;
import org.backoffice.events.common.Money;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounting")
public class AccountCommandController {

    private final CommandGateway commands;

    public AccountCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    public record PartyRequest(@NotNull PartyKind kind, @NotNull UUID id, @NotBlank @Size(max = 200) String name) {
        Party toParty() {
            return new Party(kind, id, name.strip());
        }
    }

    public record OpenAccountRequest(UUID id,
                                     @NotBlank @Size(max = 34) @Pattern(regexp = "[A-Za-z0-9._-]+",
                                             message = "may contain only letters, digits, '.', '_' and '-'") String number,
                                     @NotBlank @Size(max = 200) String name,
                                     @NotNull AccountType type,
                                     @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency,
                                     Money overdraftLimit,
                                     @Valid PartyRequest party,
                                     @io.swagger.v3.oas.annotations.media.Schema(description = "the balance sheet or P&L "
                                             + "position it is shown under (GET /api/v1/chart-of-accounts lists them)")
                                     @Pattern(regexp = "[A-Z]{1,3}(\\.[A-Za-z0-9]{1,4}){0,3}", message = "must be an account group code such as B.IV")
                                     String group) {
    }

    @PostMapping
    @PreAuthorize(Allowed.ACCOUNTING)
    @Operation(summary = "Open an account", description = "Idempotent on a client-chosen id.")
    @StandardErrors.Create
    public ResponseEntity<CreatedResponse> open(@Valid @RequestBody OpenAccountRequest request) {
        Money.currencyOf(request.currency());
        BigDecimal limit = null;
        if (request.overdraftLimit() != null) {
            if (!request.overdraftLimit().currency().equals(request.currency())) {
                throw StandardErrors.invalidField("overdraftLimit.currency",
                        "must be the account's currency " + request.currency());
            }
            limit = request.overdraftLimit().amount();
        }
        UUID id = request.id() != null ? request.id() : UUID.randomUUID();
        commands.sendAndWait(new OpenAccountCommand(id, request.number(), request.name().strip(), request.type(),
                request.currency(), limit, request.party() == null ? null : request.party().toParty(), request.group()));
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + id)).body(new CreatedResponse(id));
    }

    @PostMapping("/{id}/bank-details")
    @PreAuthorize(Allowed.ACCOUNTING)
    @Operation(summary = "Set a company bank account's IBAN and BIC",
            description = "Only a bank account (ASSET, without party, in group B.IV or none); an IBAN belongs to one account (409).")
    @StandardErrors.Change
    public ResponseEntity<Void> setBankDetails(@PathVariable UUID id, @Valid @RequestBody BankDetailsRequest request) {
        commands.sendAndWait(new org.backoffice.command.accounting.ledger.SetBankDetailsCommand(id, request.validated("")));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/{id}/closure")
    @PreAuthorize(Allowed.ACCOUNTING)
    @Operation(summary = "Close an account whose balance is zero")
    @StandardErrors.Change
    public ResponseEntity<Void> close(@PathVariable UUID id) {
        commands.sendAndWait(new CloseAccountCommand(id));
        return ResponseEntity.ok().build();
    }
}
