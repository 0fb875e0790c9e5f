package org.backoffice.command.accounting.closing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.backoffice.command.accounting.closing.BooksCommands;
import org.backoffice.command.common.Allowed;
import org.backoffice.command.common.StandardErrors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.backoffice.command.accounting.ledger.PostJournalEntryCommand;
import org.backoffice.events.accounting.EntrySide;
import org.backoffice.events.common.Money;

@RestController

@RequestMapping("/api/v1/fiscal-years")
@Tag(name = "Accounting")
public class FiscalYearCommandController {

    private final CommandGateway commands;

    public FiscalYearCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    public record FiscalYearRequest(
            @NotNull @Min(1900) @Max(2999) @Schema(description = "the calendar year it starts in; names it", example = "2026")
            Integer year,
            @Min(1) @Max(12) @Schema(description = "the month it starts with; default 1 (the calendar year)", example = "1")
            Integer startMonth) {
    }

    public record FiscalYearCreated(int year) {
    }

    public record ReopenRequest(@NotBlank @Size(max = 500) String reason) {
    }

    @PostMapping
    @PreAuthorize(Allowed.ACCOUNTING)
    @Operation(summary = "Open a fiscal year with its twelve monthly periods",
            description = "Fiscal years follow one another: a later one starts the day after the last ends (409 "
                    + "otherwise, naming that day). The same year again answers 201 and changes nothing.")
    @StandardErrors.Create
    public ResponseEntity<FiscalYearCreated> open(@Valid @RequestBody FiscalYearRequest r) {
        commands.sendAndWait(new BooksCommands.OpenFiscalYear(r.year(), r.startMonth() == null ? 1 : r.startMonth()));
        return ResponseEntity.created(URI.create("/api/v1/fiscal-years/" + r.year())).body(new FiscalYearCreated(r.year()));
    }

    public record YearClosedResponse(int year, UUID profitAndLossEntryId,
                                     @Schema(description = "the year's profit (positive) or loss (negative)") Money result,
                                     @Schema(description = "how many balance-sheet accounts' balances were carried into the next year")
                                     int carriedForward) {
    }

    @PostMapping("/{year}/close")
    @PreAuthorize(Allowed.ACCOUNTING)
    @Operation(summary = "Close a fiscal year: its profit or loss into the chart's carried forward account",
            description = "Every period of the year must be closed and sealed, and the year before closed (409 "
                    + "otherwise, naming what is open). Posts one entry (series JA, dated the year's last day) that "
                    + "closes every income and expense account's balance into the chart's Gewinnvortrag (a profit) or "
                    + "Verlustvortrag (a loss), records the balance-sheet accounts' balances as the next year's "
                    + "opening balances, and opens the next year if it is not yet. The year's periods can no longer be "
                    + "reopened. 422 when the chart has no template or an income or expense account holds another "
                    + "currency.")
    @StandardErrors.Change
    public YearClosedResponse closeYear(@PathVariable @Min(1900) @Max(2999) int year) {
        BooksCommands.YearClosed closed = commands.sendAndWait(new BooksCommands.CloseFiscalYear(year));
        return new YearClosedResponse(closed.year(), closed.profitAndLossEntryId(),
                new Money(closed.result(), closed.currency()), closed.carriedForward());
    }

    public record OpeningBalanceLine(@NotNull UUID accountId, @NotNull EntrySide side, @NotNull @Valid Money amount) {
    }

    public record OpeningBalancesRequest(UUID id, @NotNull @Size(min = 2, max = 200) List<@NotNull @Valid OpeningBalanceLine> lines) {
    }

    public record OpeningBalancesEntered(UUID id, String documentNumber) {
    }

    @PostMapping("/{year}/opening-balances")
    @PreAuthorize(Allowed.ACCOUNTING)
    @Operation(summary = "Enter the balances brought from before the books' first fiscal year, once",
            description = "For a company that starts using the product mid-life: the balance-sheet accounts' balances "
                    + "on the first fiscal year's first day, as one balanced entry (series EB). 409 when entered "
                    + "before; 422 in a later year (closing the year before carries its balances), on an income or "
                    + "expense account, or when the lines do not balance or the first period is closed.")
    @StandardErrors.Create
    public ResponseEntity<OpeningBalancesEntered> openingBalances(@PathVariable @Min(1900) @Max(2999) int year,
                                                                  @Valid @RequestBody OpeningBalancesRequest r) {
        UUID id = r.id() != null ? r.id() : UUID.randomUUID();
        var outcome = commands.<org.backoffice.command.accounting.ledger.TransactionOutcome>sendAndWait(
                new BooksCommands.EnterOpeningBalances(year, id, r.lines().stream()
                        .map(l -> new PostJournalEntryCommand.Line(l.accountId(), l.side(), l.amount())).toList()));
        return ResponseEntity.created(URI.create("/api/v1/transactions/" + id))
                .body(new OpeningBalancesEntered(id, outcome.documentNumber()));
    }

    @PostMapping("/{year}/periods/{period}/close")
    @PreAuthorize(Allowed.ACCOUNTING)
    @Operation(summary = "Close a period and seal it",
            description = "From then on every posting dated in the period is refused (422 naming the period and "
                    + "since when). Periods are closed in order, the earliest open one first (409 otherwise), and "
                    + "only after they have ended (422). The seal (digests of the hash-chain heads, the trial "
                    + "balance, the journal and the VAT return as of the close) follows within about a second: follow the "
                    + "period until it shows its seal.")
    @StandardErrors.Process
    public ResponseEntity<Void> close(@PathVariable @Min(1900) @Max(2999) int year,
                                      @PathVariable @Min(1) @Max(12) int period) {
        commands.sendAndWait(new BooksCommands.ClosePeriod(year, period));
        return ResponseEntity.accepted().location(URI.create("/api/v1/fiscal-years/" + year + "/periods/" + period)).build();
    }

    @PostMapping("/{year}/periods/{period}/reopen")
    @PreAuthorize(Allowed.ADMIN)
    @Operation(summary = "Reopen the latest closed period (administrators, with a reason)",
            description = "Recorded with the user and the reason in the period's history and the audit trail; its "
                    + "seal no longer holds, and closing it again takes a new one. Only the latest closed period "
                    + "can be reopened (409 naming the one to reopen first).")
    @StandardErrors.Change
    public ResponseEntity<Void> reopen(@PathVariable @Min(1900) @Max(2999) int year,
                                       @PathVariable @Min(1) @Max(12) int period,
                                       @Valid @RequestBody ReopenRequest r) {
        commands.sendAndWait(new BooksCommands.ReopenPeriod(year, period, r.reason().strip()));
        return ResponseEntity.ok().build();
    }
}
