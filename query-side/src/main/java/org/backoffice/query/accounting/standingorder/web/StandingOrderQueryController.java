package org.backoffice.query.accounting.standingorder.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.backoffice.query.common.Allowed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.backoffice.query.accounting.standingorder.StandingOrderProjection.FindStandingOrders;
import org.backoffice.query.accounting.standingorder.StandingOrderProjection.StandingOrderList;
import org.backoffice.query.accounting.standingorder.StandingOrderProjection.StandingOrderView;
import org.backoffice.query.common.PageRequestParams;
import org.backoffice.query.common.PageView;
import org.backoffice.query.common.QueryErrors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Accounting")
public class StandingOrderQueryController {

    public enum StandingOrderStatus { ACTIVE, CANCELLED }

    private final QueryGateway queries;

    public StandingOrderQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/standing-orders")
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "Supplier standing orders, each with the months it has paid")
    @QueryErrors.List
    public PageView<StandingOrderView> standingOrders(@RequestParam(required = false) StandingOrderStatus status,
                                                      @RequestParam(required = false) Integer page,
                                                      @RequestParam(required = false) Integer size) {
        PageRequestParams p = PageRequestParams.of(page, size);
        return queries.query(new FindStandingOrders(status == null ? null : status.name(), p.page(), p.size()),
                StandingOrderList.class).join().page();
    }
}
