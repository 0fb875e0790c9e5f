package org.backoffice.command.accounting.ledger.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.backoffice.command.accounting.ledger.PartnerTerms;
import org.backoffice.command.accounting.ledger.PostJournalEntryCommand;
import org.backoffice.command.accounting.ledger.Settlement;
import org.backoffice.command.accounting.ledger.TaxAmounts;
import org.backoffice.command.accounting.ledger.TransactionOutcome;
import org.backoffice.command.common.Allowed;
import org.backoffice.command.common.StandardErrors;
import org.backoffice.events.accounting.EntrySide;
import org.backoffice.events.common.Money;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Journal entries: one document booked with any number of legs, posted on all its accounts at
 * once or not at all. The entry is then read as a transaction (GET /api/v1/transactions/{id}).
 */
@RestController
@RequestMapping("/api/v1/journal-entries")
@Tag(name = "Accounting")
public class JournalEntryCommandController {

    /**
     * DATEV's rule for the document field (Belegfeld 1), so that every number can be exported
     * as it is.
     */
    public static final String DOCUMENT_NUMBER = "[A-Za-z0-9$&%*+\\-/]{1,36}";
    public static final String DOCUMENT_SERIES = "[A-Z0-9]{1,10}";

    private final CommandGateway commands;
    private final Clock clock;

    public JournalEntryCommandController(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    public record LegRequest(@NotNull UUID accountId, @NotNull EntrySide side, @NotNull Money amount,
                             @Schema(description = "the tax code taxing this line: its tax lines are added after it")
                             @Pattern(regexp = "[A-Za-z0-9]{1,20}", message = "must be a tax code") String taxCode) {
    }

    public record SettlementRequest(@NotNull @Schema(description = "the open item: the id of the invoice's entry") UUID itemId,
                                    @NotNull Money amount) {
    }

    public record JournalEntryRequest(
            UUID id,
            @Schema(description = "the document's number, unique in the books; or give documentSeries")
            @Pattern(regexp = DOCUMENT_NUMBER, message = "must be 1 to 36 letters, digits or $&%*+-/") String documentNumber,
            @Schema(description = "draw the number from this series: SERIES-YYYY-NNNNN, YYYY the booking year")
            @Pattern(regexp = DOCUMENT_SERIES, message = "must be 1 to 10 capital letters or digits") String documentSeries,
            @Schema(description = "the date on the document; default: the booking date") LocalDate documentDate,
            @Schema(description = "the date the entry counts for in the books; default: today") LocalDate bookingDate,
            @NotBlank @Size(max = 500) String text,
            @Schema(description = "whether taxed lines' amounts are NET (tax added) or GROSS (tax taken out); default NET")
            TaxAmounts amounts,
            @NotNull @Size(min = 2, max = 200) List<@Valid @NotNull LegRequest> legs,
            @Schema(description = "an invoice of a customer or supplier: when it is due; default: the document date "
                    + "plus the partner's payment terms") LocalDate dueDate,
            @Schema(description = "a payment of a customer or supplier: the open items it settles, fully or partly; "
                    + "what it does not settle stays unallocated on the partner's account")
            @Size(max = 200) List<@Valid @NotNull SettlementRequest> settles) {
    }

    /** A journal entry is posted or refused (4xx): its status is always COMPLETED. */
    public record JournalEntryPosted(UUID id, String documentNumber,
                                     @Schema(allowableValues = {"COMPLETED"}) String status) {
    }

    @PostMapping
    @PreAuthorize(Allowed.ACCOUNTING)
    @Operation(summary = "Book a journal entry", description = "Posted on all its accounts at once or not at all; "
            + "a line with a tax code is followed by the tax lines it makes. Refused (422, nothing stored) when it "
            + "does not balance, is in more than one currency, names an unknown or closed account or one it would "
            + "overdraw, or a tax code not in force on the booking date. An entry on a customer's or supplier's "
            + "account opens an open item (an invoice, due on dueDate) or books a payment (settling the items in "
            + "settles, the rest unallocated); a settlement beyond what an item owes or a payment has, or of an item "
            + "of another partner, is refused (422). Idempotent on a client-chosen id; a given "
            + "document number sent again with the same content answers as the entry that holds it, with other "
            + "content 409.")
    @StandardErrors.Create
    public ResponseEntity<JournalEntryPosted> post(@Valid @RequestBody JournalEntryRequest request) {
        if ((request.documentNumber() == null) == (request.documentSeries() == null)) {
            throw StandardErrors.invalidField("documentNumber", "give either documentNumber or documentSeries");
        }
        for (int i = 0; i < request.legs().size(); i++) {
            if (!request.legs().get(i).amount().isPositive()) {
                throw StandardErrors.invalidField("legs[" + i + "].amount.amount", "must be greater than zero");
            }
        }
        List<SettlementRequest> settles = request.settles() == null ? List.of() : request.settles();
        for (int i = 0; i < settles.size(); i++) {
            if (!settles.get(i).amount().isPositive()) {
                throw StandardErrors.invalidField("settles[" + i + "].amount.amount", "must be greater than zero");
            }
        }
        UUID id = request.id() != null ? request.id() : UUID.randomUUID();
        LocalDate bookingDate = request.bookingDate() != null ? request.bookingDate() : LocalDate.now(clock);
        TransactionOutcome outcome = commands.sendAndWait(new PostJournalEntryCommand(id, request.documentNumber(),
                request.documentSeries(), request.documentDate() != null ? request.documentDate() : bookingDate,
                bookingDate, request.text().strip(), request.amounts(), request.legs().stream()
                .map(l -> new PostJournalEntryCommand.Line(l.accountId(), l.side(), l.amount(), l.taxCode())).toList(),
                new PartnerTerms(request.dueDate(), settles.stream()
                        .map(st -> new Settlement(st.itemId(), st.amount())).toList())));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/transactions/" + outcome.transactionId()))
                .body(new JournalEntryPosted(outcome.transactionId(), outcome.documentNumber(), outcome.status().name()));
    }
}
