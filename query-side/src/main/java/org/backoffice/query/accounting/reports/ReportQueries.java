package org.backoffice.query.accounting.reports;

import java.time.LocalDate;

/** The queries of the statements and the VAT return. */
public final class ReportQueries {

    private ReportQueries() {
    }

    /** from and to null: the whole ledger. */
    public record GetTrialBalance(LocalDate from, LocalDate to) {
    }

    public record GetBalanceSheet(LocalDate date, String currency) {
    }

    public record GetProfitAndLoss(LocalDate from, LocalDate to, String currency) {
    }

    public record GetVatReturn(String period, LocalDate from, LocalDate to, LocalDate asOf, String currency) {
    }
}
