package org.backoffice.query.accounting.tax.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.backoffice.query.accounting.tax.TaxCodeProjection;
import org.backoffice.query.common.Allowed;
import org.backoffice.query.common.QueryErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "Accounting")
public class TaxCodeQueryController {

    private final QueryGateway queries;

    public TaxCodeQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/tax-codes")
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "Every tax code with its versions (not a page: a company has a handful)")
    @QueryErrors.Report
    public TaxCodeProjection.TaxCodeList taxCodes() {
        return queries.query(new TaxCodeProjection.FindTaxCodes(), TaxCodeProjection.TaxCodeList.class).join();
    }

    @GetMapping("/api/v1/tax-codes/{code}")
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "One tax code with its versions, oldest first")
    @QueryErrors.Item
    public TaxCodeProjection.TaxCodeView taxCode(@PathVariable String code) {
        return queries.query(new TaxCodeProjection.FindTaxCode(code),
                        ResponseTypes.optionalInstanceOf(TaxCodeProjection.TaxCodeView.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "tax code " + code + " does not exist"));
    }
}
