package org.backoffice.command.accounting.payroll.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.backoffice.command.common.Allowed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.backoffice.command.common.StandardErrors;
import org.backoffice.command.accounting.payroll.PayrollCommands.StartPayrollRunCommand;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.YearMonth;
import java.util.UUID;

@RestController
@Tag(name = "Accounting")
public class PayrollCommandController {

    private final CommandGateway commands;

    private final org.backoffice.command.common.CompanySettings company;

    public PayrollCommandController(CommandGateway commands, org.backoffice.command.common.CompanySettings company) {
        this.commands = commands;
        this.company = company;
    }

    public record PayrollRunRequest(@NotNull YearMonth period, @NotNull UUID bankAccountId,
                                    @NotNull UUID salaryExpenseAccountId,
                                    @io.swagger.v3.oas.annotations.media.Schema(description = "pay through this money-in-"
                                            + "transit account (an ASSET account of no party) until the bank statement "
                                            + "confirms each transfer; the run's SEPA file then pays each employee's IBAN. "
                                            + "Default: the bank account is credited at once") UUID transitAccountId) {
    }

    public record PayrollRunAccepted(UUID id, YearMonth period, String status) {
    }

    @PostMapping("/api/v1/payroll-runs")
    @PreAuthorize(Allowed.ACCOUNTING)
    @Operation(summary = "Run the payroll of a period (YYYY-MM), once",
            description = "Pays every employee employed in the period, pro-rated by calendar days; "
                    + "follow the Location for the status. 409 when the period was already run.")
    @StandardErrors.Process
    public ResponseEntity<PayrollRunAccepted> start(@Valid @RequestBody PayrollRunRequest r) {
        UUID runId = commands.sendAndWait(new StartPayrollRunCommand(r.period(), r.bankAccountId(),
                r.salaryExpenseAccountId(), r.transitAccountId(), company.name()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/payroll-runs/" + r.period()))
                .body(new PayrollRunAccepted(runId, r.period(), "RUNNING"));
    }
}
