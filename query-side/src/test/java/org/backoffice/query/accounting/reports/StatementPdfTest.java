package org.backoffice.query.accounting.reports;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.backoffice.events.common.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The printable balance sheet says what the view says, in German notation. */
class StatementPdfTest {

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    @Test
    void theBalanceSheetPdfShowsEachPositionAndAccountWithBothDates() throws Exception {
        ReportViews.StatementLine bank = new ReportViews.StatementLine("B.IV", "B", 1, "Kassenbestand", "Cash",
                eur("22952.00"), eur("1000.50"), List.of(new ReportViews.AccountAmount(UUID.randomUUID(), "1200", "Bank",
                eur("22952.00"), eur("1000.50"))));
        ReportViews.StatementLine capital = new ReportViews.StatementLine("P.A.I", "P.A", 1, "Gezeichnetes Kapital",
                "Subscribed capital", eur("22952.00"), eur("1000.50"), List.of());
        ReportViews.BalanceSheetView view = new ReportViews.BalanceSheetView(LocalDate.of(2026, 11, 30),
                LocalDate.of(2025, 11, 30), "EUR", List.of(bank), List.of(capital), eur("22952.00"), eur("1000.50"),
                eur("22952.00"), eur("1000.50"), true);

        byte[] pdf = StatementPdf.balanceSheet(view);

        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("Bilanz zum 30.11.2026").contains("B.IV Kassenbestand").contains("1200 Bank")
                .contains("22.952,00").contains("1.000,50").contains("Summe Aktiva").contains("Summe Passiva")
                .contains("P.A.I Gezeichnetes Kapital");
    }
}
