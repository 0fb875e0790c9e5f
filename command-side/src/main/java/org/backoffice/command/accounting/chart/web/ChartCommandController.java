package org.backoffice.command.accounting.chart.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.backoffice.command.accounting.chart.ApplyChartTemplateCommand;
import org.backoffice.command.accounting.chart.ChartTemplateHandler;
import org.backoffice.command.common.Allowed;
import org.backoffice.command.common.StandardErrors;
import org.backoffice.events.accounting.AccountGroups;
import org.backoffice.events.common.Money;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
@Tag(name = "Accounting")
public class ChartCommandController {

    private final CommandGateway commands;

    public ChartCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    public record ApplyTemplateRequest(@NotNull AccountGroups.Template template,
                                       @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
                                       String currency) {
    }

    @PostMapping("/api/v1/chart-of-accounts")
    @PreAuthorize(Allowed.ACCOUNTING)
    @Operation(summary = "Set up the empty ledger from a chart template (SKR03 or SKR04)",
            description = "Opens every account of the template under its balance sheet or P&L group, and defines "
                    + "the German tax codes on its tax accounts, in one transaction. 409 when the ledger already has "
                    + "accounts or a chart. currency: default EUR.")
    @StandardErrors.Create
    public ResponseEntity<ChartTemplateHandler.ChartApplied> apply(@Valid @RequestBody ApplyTemplateRequest request) {
        String currency = request.currency() == null ? "EUR" : request.currency();
        Money.currencyOf(currency);
        ChartTemplateHandler.ChartApplied applied = commands.sendAndWait(
                new ApplyChartTemplateCommand(request.template(), currency));
        return ResponseEntity.created(URI.create("/api/v1/chart-of-accounts")).body(applied);
    }
}
