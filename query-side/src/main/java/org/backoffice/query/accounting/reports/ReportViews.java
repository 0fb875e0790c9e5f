package org.backoffice.query.accounting.reports;

import io.swagger.v3.oas.annotations.media.Schema;
import org.backoffice.events.accounting.AccountType;
import org.backoffice.events.common.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the statements and the VAT return answer. */
public final class ReportViews {

    private ReportViews() {
    }

    public record Period(LocalDate from, LocalDate to) {
    }

    /** One account of the trial balance: opening and closing balance signed by the account's normal side. */
    public record TrialBalanceAccount(UUID id, String number, String name, AccountType type, String currency,
                                      Money opening, Money debits, Money credits, Money closing) {
    }

    public record CurrencyTotals(Money totalDebits, Money totalCredits, boolean balanced) {
    }

    /**
     * from and to empty: the whole ledger. byCurrency: the period's debits and credits per
     * currency; balanced when they are equal in every currency.
     */
    public record TrialBalanceView(LocalDate from, LocalDate to, boolean balanced,
                                   java.util.Map<String, CurrencyTotals> byCurrency,
                                   List<TrialBalanceAccount> accounts) {
    }

    public record AccountAmount(UUID id, String number, String name, Money amount, Money previousAmount) {
    }

    /**
     * A position of a statement with its amount (its accounts' and its sub-positions') now and in
     * the comparison period. In the profit and loss account, amounts are signed by their effect
     * on the result: income positive, expenses negative.
     */
    public record StatementLine(String code, String parent, int level, String name, String nameEn, Money amount,
                                Money previousAmount, List<AccountAmount> accounts) {
    }

    public record BalanceSheetView(LocalDate date, LocalDate previousDate, String currency, List<StatementLine> assets,
                                   List<StatementLine> equityAndLiabilities, Money totalAssets,
                                   Money previousTotalAssets, Money totalEquityAndLiabilities,
                                   Money previousTotalEquityAndLiabilities,
                                   @Schema(description = "assets equal equity and liabilities, now and before") boolean balanced) {
    }

    public record ProfitAndLossView(LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo,
                                    String currency, List<StatementLine> lines, Money result, Money previousResult) {
    }

    /** One box of the VAT advance return: the taxed amount and/or the tax reported in it. */
    public record VatReturnLine(String box, String label, Money base, Money tax) {
    }

    /**
     * The VAT advance return (Umsatzsteuer-Voranmeldung) of a month or quarter, from the entries
     * booked in it and recorded by asOf. payable (box 83) is output tax minus input tax; negative:
     * a refund.
     */
    public record VatReturnView(String period, LocalDate from, LocalDate to, LocalDate asOf, String currency,
                                List<VatReturnLine> lines, Money outputTax, Money inputTax, Money payable) {
    }
}
