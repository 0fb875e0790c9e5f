package org.backoffice.query.accounting.paymentrun.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.backoffice.query.accounting.payroll.PayrollRunProjection;
import org.backoffice.query.accounting.paymentrun.PaymentRunProjection;
import org.backoffice.query.accounting.paymentrun.SepaCreditTransferFile;
import org.backoffice.query.common.Allowed;
import org.backoffice.query.common.PageRequestParams;
import org.backoffice.query.common.PageView;
import org.backoffice.query.common.QueryErrors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Accounting")
public class PaymentRunQueryController {

    private final QueryGateway queries;
    private final java.time.Clock clock;

    public PaymentRunQueryController(QueryGateway queries, java.time.Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/api/v1/payment-runs")
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "Payment runs, the latest first (without their payments)")
    @QueryErrors.List
    public PageView<PaymentRunProjection.PaymentRunView> runs(@RequestParam(required = false) Integer page,
                                                              @RequestParam(required = false) Integer size) {
        PageRequestParams p = PageRequestParams.of(page, size);
        return queries.query(new PaymentRunProjection.FindPaymentRuns(p.page(), p.size()),
                PaymentRunProjection.PaymentRunList.class).join().page();
    }

    @GetMapping("/api/v1/payment-runs/{id}")
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "One payment run with its transfers and the items each pays")
    @QueryErrors.Item
    public PaymentRunProjection.PaymentRunView run(@PathVariable UUID id) {
        return queries.query(new PaymentRunProjection.FindPaymentRun(id),
                        ResponseTypes.optionalInstanceOf(PaymentRunProjection.PaymentRunView.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "payment run " + id + " does not exist"));
    }

    @GetMapping(value = "/api/v1/payment-runs/{id}/file", produces = {MediaType.APPLICATION_XML_VALUE})
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "The run's SEPA credit transfer file (ISO 20022 pain.001.001.09) for the bank",
            description = "The booked transfers of an approved run whose payments are all decided (status READY); 409 "
                    + "before that, when it was cancelled, or when no payment could be booked. The same run always gives "
                    + "the same file (message id: the run's id; creation time: the approval).")
    @ApiResponse(responseCode = "200", description = "The pain.001.001.09 document",
            content = @Content(mediaType = MediaType.APPLICATION_XML_VALUE, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "409", description = "The run is not READY, or none of its payments could be booked")
    @QueryErrors.Item
    public ResponseEntity<String> file(@PathVariable UUID id) {
        PaymentRunProjection.PaymentRunView run = run(id);
        if (!run.status().equals("READY")) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "payment run " + id + " is " + run.status()
                    + ": its file is there once it is approved and every payment is booked");
        }
        List<SepaCreditTransferFile.CreditTransfer> transfers = run.payments().stream().filter(p -> p.status().equals("BOOKED"))
                .map(p -> new SepaCreditTransferFile.CreditTransfer(p.endToEndId(), p.amount(), p.creditorName(), p.iban(),
                        p.bic(), p.remittance())).toList();
        if (transfers.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "no payment of run " + id + " could be booked: "
                    + "there is nothing to transfer");
        }
        String runId = id.toString().replace("-", "");
        String xml = SepaCreditTransferFile.xml(runId, run.approvedAt().atOffset(ZoneOffset.UTC), run.debtorName(),
                List.of(new SepaCreditTransferFile.Block(runId + "-1", run.executionDate(), run.debtorName(),
                        run.debtorIban(), run.debtorBic(), transfers)));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"pain.001-" + runId + ".xml\"")
                .body(xml);
    }

    @GetMapping(value = "/api/v1/payroll-runs/{period}/file", produces = {MediaType.APPLICATION_XML_VALUE})
    @PreAuthorize(Allowed.SALARY_READS)
    @Operation(summary = "A payroll run's SEPA credit transfer file (pain.001.001.09): each employee's pay to their IBAN",
            description = "The paid payments of a completed run, each to the IBAN in the employee's personal data, with "
                    + "its PAYROLL transaction's id as end-to-end id, from the run's bank account. The requested execution "
                    + "date is the period's last day, or today when that has passed. 409 while the run is RUNNING, when the "
                    + "bank account has no IBAN, when nobody was paid, or when a paid employee has no IBAN (or it was "
                    + "erased): the answer names them. Each payment's amount is an employee's pay: ACCOUNTING, AUDITOR, "
                    + "ADMIN only.")
    @ApiResponse(responseCode = "200", description = "The pain.001.001.09 document",
            content = @Content(mediaType = MediaType.APPLICATION_XML_VALUE, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "409", description = "Not completed, no IBAN of the bank or of a paid employee, or nobody paid")
    @QueryErrors.Item
    public ResponseEntity<String> payrollFile(@PathVariable String period) {
        java.time.YearMonth month;
        try {
            month = java.time.YearMonth.parse(period);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "period must be a month YYYY-MM, not '" + period + "'");
        }
        PayrollRunProjection.PayrollTransfers run = queries.query(new PayrollRunProjection.FindPayrollTransfers(month),
                        ResponseTypes.optionalInstanceOf(PayrollRunProjection.PayrollTransfers.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "payroll run of " + period + " does not exist"));
        if (!run.completed()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "the payroll of " + period + " is still running");
        }
        if (run.debtorIban() == null) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "the payroll's bank account has no IBAN: set its bank details");
        }
        if (run.transfers().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "nobody was paid by the payroll of " + period);
        }
        List<String> withoutIban = run.transfers().stream().filter(t -> t.iban() == null)
                .map(t -> t.employeeId().toString()).toList();
        if (!withoutIban.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "employees without an IBAN (set their bank details): "
                    + String.join(", ", withoutIban));
        }
        List<SepaCreditTransferFile.CreditTransfer> transfers = run.transfers().stream()
                .map(t -> new SepaCreditTransferFile.CreditTransfer(t.transactionId().toString().replace("-", ""), t.amount(),
                        t.name() == null ? "Employee" : t.name(), t.iban(), t.bic(), "Lohn/Gehalt " + period)).toList();
        String runId = run.runId().toString().replace("-", "");
        java.time.LocalDate execution = month.atEndOfMonth().isBefore(java.time.LocalDate.now(clock))
                ? java.time.LocalDate.now(clock) : month.atEndOfMonth();
        String xml = SepaCreditTransferFile.xml(runId, run.completedAt().atOffset(ZoneOffset.UTC), run.payerName(),
                List.of(new SepaCreditTransferFile.Block(runId + "-1", execution, run.payerName(), run.debtorIban(),
                        run.debtorBic(), transfers)));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"pain.001-payroll-" + period + ".xml\"")
                .body(xml);
    }
}
