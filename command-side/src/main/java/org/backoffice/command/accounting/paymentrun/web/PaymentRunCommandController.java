package org.backoffice.command.accounting.paymentrun.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.backoffice.command.accounting.ledger.AccountNumberRegistry;
import org.backoffice.command.accounting.paymentrun.PaymentProposals;
import org.backoffice.command.accounting.paymentrun.PaymentRunCommands;
import org.backoffice.command.common.Allowed;
import org.backoffice.command.common.StandardErrors;
import org.backoffice.events.accounting.RunPayment;
import org.backoffice.events.common.Money;
import org.backoffice.command.common.CompanySettings;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Payment runs: one accountant prepares the supplier payments due by a date, another approves
 * them; the approved run's payments are booked and its SEPA file read (GET .../file).
 */
@RestController
@RequestMapping("/api/v1/payment-runs")
@Tag(name = "Accounting")
public class PaymentRunCommandController {

    /** The money-in-transit (Geldtransit) accounts of the SKR03 and SKR04 templates. */
    private static final List<String> TRANSIT_NUMBERS = List.of("1360", "1460");

    private final CommandGateway commands;
    private final PaymentProposals proposals;
    private final AccountNumberRegistry accountNumbers;
    private final Clock clock;
    private final String companyName;

    public PaymentRunCommandController(CommandGateway commands, PaymentProposals proposals,
                                       AccountNumberRegistry accountNumbers, Clock clock, CompanySettings company) {
        this.commands = commands;
        this.proposals = proposals;
        this.accountNumbers = accountNumbers;
        this.clock = clock;
        this.companyName = company.name();
    }

    public record PaymentRunRequest(
            UUID id,
            @NotNull @Schema(description = "the company bank account that pays (with an IBAN)") UUID bankAccountId,
            @NotNull @Schema(description = "pay the supplier items due by this date") LocalDate dueUntil,
            @Schema(description = "the day the bank is to execute the transfers; default today, never earlier")
            LocalDate executionDate,
            @Schema(description = "the money-in-transit account; default the chart's Geldtransit (1360 SKR03, 1460 SKR04)")
            UUID transitAccountId,
            @Schema(description = "pay only these suppliers; default every supplier with items due")
            @Size(max = 1000) List<@NotNull UUID> partnerIds) {
    }

    public record SkippedView(UUID partnerId, String name, String reason) {
    }

    public record PaymentRunPrepared(UUID id, int payments, Money total, List<SkippedView> skipped) {
    }

    @PostMapping
    @PreAuthorize(Allowed.ACCOUNTING)
    @Operation(summary = "Prepare a payment run of the supplier items due by a date",
            description = "One transfer per supplier with an IBAN, of its open items due by dueUntil that no other pending "
                    + "run pays; suppliers without bank details or with unallocated payments are skipped with the reason. "
                    + "Another user approves it. 422 when nothing is due, the bank account has no IBAN or the transit "
                    + "account does not fit. Idempotent on a client-chosen id.")
    @StandardErrors.Create
    public ResponseEntity<PaymentRunPrepared> prepare(@Valid @RequestBody PaymentRunRequest r, Principal user) {
        LocalDate today = LocalDate.now(clock);
        LocalDate execution = r.executionDate() != null ? r.executionDate() : today;
        if (execution.isBefore(today)) {
            throw StandardErrors.invalidField("executionDate", "must not be before today (" + today + ")");
        }
        UUID transit = r.transitAccountId() != null ? r.transitAccountId() : TRANSIT_NUMBERS.stream()
                .map(accountNumbers::holderOf).flatMap(java.util.Optional::stream).findFirst()
                .orElseThrow(() -> StandardErrors.invalidField("transitAccountId",
                        "there is no Geldtransit account 1360 or 1460: give the money-in-transit account"));
        UUID id = r.id() != null ? r.id() : UUID.randomUUID();
        PaymentProposals.Proposal proposal = proposals.dueBy(id, r.dueUntil(), "EUR",
                r.partnerIds() == null ? java.util.Set.of() : java.util.Set.copyOf(r.partnerIds()));
        commands.sendAndWait(new PaymentRunCommands.PreparePaymentRun(id, user.getName(), r.bankAccountId(), companyName,
                transit, execution, r.dueUntil(), proposal.payments()));
        Money total = proposal.payments().stream().map(RunPayment::amount).reduce(Money.zero("EUR"), Money::plus);
        return ResponseEntity.created(URI.create("/api/v1/payment-runs/" + id)).body(new PaymentRunPrepared(id,
                proposal.payments().size(), total, proposal.skipped().stream()
                .map(s -> new SkippedView(s.partnerId(), s.name(), s.reason())).toList()));
    }

    @PostMapping("/{id}/approval")
    @PreAuthorize(Allowed.ACCOUNTING)
    @Operation(summary = "Approve a prepared payment run (four eyes)",
            description = "By any accountant or admin but the one who prepared it (422). Its payments are then booked "
                    + "(supplier payable debited, money in transit credited) and its file can be read. 409 when already "
                    + "approved or cancelled.")
    @StandardErrors.Change
    public ResponseEntity<Void> approve(@PathVariable UUID id, Principal user) {
        commands.sendAndWait(new PaymentRunCommands.ApprovePaymentRun(id, user.getName()));
        return ResponseEntity.ok().build();
    }

    public record CancellationRequest(@NotBlank @Size(max = 500) String reason) {
    }

    @PostMapping("/{id}/cancellation")
    @PreAuthorize(Allowed.ACCOUNTING)
    @Operation(summary = "Cancel a prepared payment run", description = "Its items can be proposed again. 409 when approved.")
    @StandardErrors.Change
    public ResponseEntity<Void> cancel(@PathVariable UUID id, @Valid @RequestBody CancellationRequest r, Principal user) {
        commands.sendAndWait(new PaymentRunCommands.CancelPaymentRun(id, user.getName(), r.reason().strip()));
        return ResponseEntity.ok().build();
    }
}
