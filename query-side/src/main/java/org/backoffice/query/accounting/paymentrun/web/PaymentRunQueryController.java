package org.backoffice.query.accounting.paymentrun.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
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

    public PaymentRunQueryController(QueryGateway queries) {
        this.queries = queries;
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
}
