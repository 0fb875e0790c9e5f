package org.backoffice.command.accounting.ledger.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.backoffice.command.common.Allowed;
import org.backoffice.command.accounting.ledger.PostTransactionCommand;
import org.backoffice.command.accounting.ledger.ReverseTransactionCommand;
import org.backoffice.command.accounting.ledger.TransactionOutcome;
import org.backoffice.command.accounting.ledger.TransactionPostingHandler;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.backoffice.command.common.StandardErrors;
import org.backoffice.events.accounting.TransactionKind;
import org.backoffice.events.common.Money;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Transactions are posted synchronously in one unit of work (see TransactionPostingHandler), so
 * the 202 answer already carries the final status, COMPLETED or REJECTED with its reason; the
 * transaction resource answers the same once the read model has caught up.
 */
@RestController
@RequestMapping("/api/v1/transactions")
@Tag(name = "Accounting")
public class TransactionCommandController {

    private final CommandGateway commands;
    private final Clock clock;

    public TransactionCommandController(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    public record PostTransactionRequest(UUID id,
                                         @NotNull TransactionKind kind,
                                         @NotNull UUID debitAccountId,
                                         @NotNull UUID creditAccountId,
                                         @NotNull Money amount,
                                         @NotBlank @Size(max = 500) String reference,
                                         LocalDate valueDate) {
    }

    /**
     * documentNumber or documentSeries: the reversal's own document number (given, or drawn);
     * with neither, a reversal of an entry numbered from a series draws from that series.
     */
    public record ReversalRequest(UUID id, @NotBlank @Size(max = 500) String reason,
                                  @jakarta.validation.constraints.Pattern(regexp = JournalEntryCommandController.DOCUMENT_NUMBER,
                                          message = "must be 1 to 36 letters, digits or $&%*+-/") String documentNumber,
                                  @jakarta.validation.constraints.Pattern(regexp = JournalEntryCommandController.DOCUMENT_SERIES,
                                          message = "must be 1 to 10 capital letters or digits") String documentSeries,
                                  @io.swagger.v3.oas.annotations.media.Schema(description = "the date the reversal counts "
                                          + "for in the books (a bank's return on its day, say); default today")
                                  LocalDate bookingDate) {
    }

    public record TransactionAccepted(UUID id, TransactionOutcome.Status status, String reason, String documentNumber) {
        static TransactionAccepted of(TransactionOutcome o) {
            return new TransactionAccepted(o.transactionId(), o.status(), o.reason(), o.documentNumber());
        }
    }

    @PostMapping
    @PreAuthorize(Allowed.ACCOUNTING)
    @Operation(summary = "Post a transaction", description = "Both legs are posted atomically; the answer carries "
            + "the final status. Idempotent on a client-chosen id.")
    @StandardErrors.Process
    public ResponseEntity<TransactionAccepted> post(@Valid @RequestBody PostTransactionRequest request) {
        if (!request.amount().isPositive()) {
            throw StandardErrors.invalidField("amount.amount", "must be greater than zero");
        }
        UUID id = request.id() != null ? request.id() : UUID.randomUUID();
        TransactionOutcome outcome = commands.sendAndWait(new PostTransactionCommand(id, request.kind(),
                request.debitAccountId(), request.creditAccountId(), request.amount(), request.reference().strip(),
                request.valueDate() != null ? request.valueDate() : LocalDate.now(clock)));
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/transactions/" + id))
                .body(TransactionAccepted.of(outcome));
    }

    @PostMapping("/{id}/reversal")
    @PreAuthorize(Allowed.ACCOUNTING)
    @Operation(summary = "Reverse a completed transaction by posting the opposite one",
            description = "The reversal is a document of its own: a given documentNumber, one drawn from "
                    + "documentSeries, or (with neither) one drawn from the series the original's number came from.")
    @StandardErrors.Process
    public ResponseEntity<TransactionAccepted> reverse(@PathVariable UUID id,
                                                       @Valid @RequestBody ReversalRequest request) {
        if (request.documentNumber() != null && request.documentSeries() != null) {
            throw StandardErrors.invalidField("documentNumber", "give documentNumber or documentSeries, not both");
        }
        UUID reversalId = request.id() != null ? request.id() : UUID.randomUUID();
        TransactionOutcome outcome = commands.sendAndWait(new ReverseTransactionCommand(id, reversalId,
                request.reason().strip(),
                request.bookingDate() != null ? request.bookingDate() : LocalDate.now(clock), request.documentNumber(), request.documentSeries()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/transactions/" + reversalId))
                .body(TransactionAccepted.of(outcome));
    }
}
