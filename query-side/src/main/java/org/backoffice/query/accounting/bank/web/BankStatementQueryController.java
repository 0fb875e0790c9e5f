package org.backoffice.query.accounting.bank.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.backoffice.query.accounting.bank.BankStatementProjection;
import org.backoffice.query.common.Allowed;
import org.backoffice.query.common.PageRequestParams;
import org.backoffice.query.common.PageView;
import org.backoffice.query.common.QueryErrors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

@RestController
@Tag(name = "Accounting")
public class BankStatementQueryController {

    private final QueryGateway queries;
    private final Clock clock;

    public BankStatementQueryController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/api/v1/bank-statements")
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "Imported bank statements, the latest first, with how many entries are matched, assigned, unmatched")
    @QueryErrors.List
    public PageView<BankStatementProjection.BankStatementView> statements(@RequestParam(required = false) UUID accountId,
                                                                      @RequestParam(required = false) Integer page,
                                                                      @RequestParam(required = false) Integer size) {
        PageRequestParams p = PageRequestParams.of(page, size);
        return queries.query(new BankStatementProjection.FindStatements(accountId, p.page(), p.size()),
                BankStatementProjection.BankStatementList.class).join().page();
    }

    @GetMapping("/api/v1/bank-statements/{id}")
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "One imported statement with its entries and how each was booked")
    @QueryErrors.Item
    public BankStatementProjection.BankStatementView statement(@PathVariable UUID id) {
        return queries.query(new BankStatementProjection.FindStatement(id),
                        ResponseTypes.optionalInstanceOf(BankStatementProjection.BankStatementView.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "bank statement " + id + " does not exist"));
    }

    @GetMapping("/api/v1/bank-statement-entries/unmatched")
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "The statement entries no rule could match, oldest first, each with the reason")
    @QueryErrors.List
    public PageView<BankStatementProjection.BankEntryView> unmatched(@RequestParam(required = false) Integer page,
                                                                 @RequestParam(required = false) Integer size) {
        PageRequestParams p = PageRequestParams.of(page, size);
        return queries.query(new BankStatementProjection.FindUnmatched(p.page(), p.size()),
                BankStatementProjection.BankEntryList.class).join().page();
    }

    @GetMapping("/api/v1/reports/bank-reconciliation")
    @PreAuthorize(Allowed.ACCOUNTING_READS)
    @Operation(summary = "A bank account's ledger balance beside its statement's closing balance, and every difference's cause",
            description = "date: default today. The statement is the latest one closing on or before the date. Causes since "
                    + "the first imported statement: its opening balance against the books before it, statement entries not "
                    + "booked (unmatched or not matched yet), and ledger entries on the account that no statement brought.")
    @QueryErrors.Report
    public BankStatementProjection.ReconciliationView reconciliation(
            @RequestParam UUID accountId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return reconciliationView(accountId, date != null ? date : LocalDate.now(clock))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "account " + accountId + " does not exist"));
    }

    /** The reconciliation itself (for the web pages). */
    public java.util.Optional<BankStatementProjection.ReconciliationView> reconciliationView(UUID accountId, LocalDate date) {
        return queries.query(new BankStatementProjection.GetReconciliation(accountId, date),
                ResponseTypes.optionalInstanceOf(BankStatementProjection.ReconciliationView.class)).join();
    }
}
