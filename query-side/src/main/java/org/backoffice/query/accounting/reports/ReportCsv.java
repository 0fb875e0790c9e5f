package org.backoffice.query.accounting.reports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.backoffice.events.common.Money;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The reports as CSV (RFC 4180, comma-separated, a header row, amounts as plain decimals with a
 * point): one row per position and per account, so that a spreadsheet sums what the JSON says.
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    private interface Rows {
        void print(CSVPrinter out) throws IOException;
    }

    private static String csv(String[] header, Rows rows) {
        StringWriter text = new StringWriter();
        try (CSVPrinter out = new CSVPrinter(text, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            rows.print(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static String amount(Money m) {
        return m == null ? "" : m.amount().toPlainString();
    }

    public static String trialBalance(ReportViews.TrialBalanceView v) {
        return csv(new String[] {"number", "name", "type", "currency", "opening", "debits", "credits", "closing"}, out -> {
            for (ReportViews.TrialBalanceAccount a : v.accounts()) {
                out.printRecord(a.number(), a.name(), a.type(), a.currency(), amount(a.opening()), amount(a.debits()),
                        amount(a.credits()), amount(a.closing()));
            }
        });
    }

    public static String balanceSheet(ReportViews.BalanceSheetView v) {
        return csv(new String[] {"side", "position", "level", "account", "name", "amount " + v.date(),
                "amount " + v.previousDate()}, out -> {
            statement(out, "ASSETS", v.assets());
            out.printRecord("ASSETS", "", "", "", "Summe Aktiva", amount(v.totalAssets()), amount(v.previousTotalAssets()));
            statement(out, "EQUITY_AND_LIABILITIES", v.equityAndLiabilities());
            out.printRecord("EQUITY_AND_LIABILITIES", "", "", "", "Summe Passiva", amount(v.totalEquityAndLiabilities()),
                    amount(v.previousTotalEquityAndLiabilities()));
        });
    }

    public static String profitAndLoss(ReportViews.ProfitAndLossView v) {
        return csv(new String[] {"side", "position", "level", "account", "name",
                "amount " + v.from() + " to " + v.to(), "amount " + v.previousFrom() + " to " + v.previousTo()}, out -> {
            statement(out, "PROFIT_AND_LOSS", v.lines());
            out.printRecord("PROFIT_AND_LOSS", "", "", "", "Jahresüberschuss/Jahresfehlbetrag", amount(v.result()),
                    amount(v.previousResult()));
        });
    }

    private static void statement(CSVPrinter out, String side, List<ReportViews.StatementLine> lines) throws IOException {
        for (ReportViews.StatementLine l : lines) {
            out.printRecord(side, l.code(), l.level(), "", l.name(), amount(l.amount()), amount(l.previousAmount()));
            for (ReportViews.AccountAmount a : l.accounts()) {
                out.printRecord(side, l.code(), l.level() + 1, a.number(), a.name(), amount(a.amount()),
                        amount(a.previousAmount()));
            }
        }
    }

    public static String vatReturn(ReportViews.VatReturnView v) {
        return csv(new String[] {"box", "label", "base", "tax"}, out -> {
            for (ReportViews.VatReturnLine l : v.lines()) {
                out.printRecord(l.box(), l.label(), amount(l.base()), amount(l.tax()));
            }
            out.printRecord("", "Umsatzsteuer", "", amount(v.outputTax()));
            out.printRecord("", "Vorsteuer", "", amount(v.inputTax()));
            out.printRecord("83", "Verbleibende Umsatzsteuer-Vorauszahlung / Überschuss", "", amount(v.payable()));
        });
    }
}
