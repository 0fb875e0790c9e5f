package org.backoffice.query.accounting.partner.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.backoffice.events.accounting.PartyKind;
import org.backoffice.query.accounting.partner.PartnerProjection;
import org.backoffice.query.common.Allowed;
import org.backoffice.query.common.PageRequestParams;
import org.backoffice.query.common.PageView;
import org.backoffice.query.common.QueryErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.UUID;

@RestController
@Tag(name = "Accounting")
public class PartnerQueryController {

    private final QueryGateway queries;

    public PartnerQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/partners")
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "Customers and suppliers with their bank details, payment terms and personal account, by name")
    @QueryErrors.List
    public PageView<PartnerProjection.PartnerView> partners(
            @RequestParam(required = false) @Parameter(schema = @Schema(allowableValues = {"CUSTOMER", "SUPPLIER"})) PartyKind kind,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        if (kind == PartyKind.EMPLOYEE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "kind must be CUSTOMER or SUPPLIER");
        }
        PageRequestParams p = PageRequestParams.of(page, size);
        return queries.query(new PartnerProjection.FindPartners(kind, p.page(), p.size()),
                PartnerProjection.PartnerList.class).join().page();
    }

    @GetMapping("/api/v1/partners/{id}")
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "One customer or supplier")
    @QueryErrors.Item
    public PartnerProjection.PartnerView partner(@PathVariable UUID id) {
        return queries.query(new PartnerProjection.FindPartner(id),
                        ResponseTypes.optionalInstanceOf(PartnerProjection.PartnerView.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "partner " + id + " does not exist"));
    }
}
