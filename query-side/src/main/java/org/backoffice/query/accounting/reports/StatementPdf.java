package org.backoffice.query.accounting.reports;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.backoffice.events.common.Money;

import java.io.ByteArrayOutputStream;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The balance sheet and the profit and loss account as a printable A4 PDF (OpenPDF): positions
 * indented by level with their accounts below them, this period's and the comparison period's
 * amounts in German notation, the totals at the end.
 */
public final class StatementPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font HEAD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font POSITION = new Font(Font.HELVETICA, 9, Font.NORMAL);
    private static final Font ACCOUNT = new Font(Font.HELVETICA, 8, Font.ITALIC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private StatementPdf() {
    }

    public static byte[] balanceSheet(ReportViews.BalanceSheetView v) {
        return pdf("Bilanz zum " + DATE.format(v.date()), "Währung " + v.currency() + "; Vorjahr: " + DATE.format(v.previousDate()),
                DATE.format(v.date()), DATE.format(v.previousDate()), table -> {
                    section(table, "Aktiva", v.assets());
                    total(table, "Summe Aktiva", v.totalAssets(), v.previousTotalAssets());
                    section(table, "Passiva", v.equityAndLiabilities());
                    total(table, "Summe Passiva", v.totalEquityAndLiabilities(), v.previousTotalEquityAndLiabilities());
                });
    }

    public static byte[] profitAndLoss(ReportViews.ProfitAndLossView v) {
        return pdf("Gewinn- und Verlustrechnung " + range(v.from(), v.to()),
                "Währung " + v.currency() + "; Erträge positiv, Aufwendungen negativ; Vorjahr: " + range(v.previousFrom(), v.previousTo()),
                range(v.from(), v.to()), range(v.previousFrom(), v.previousTo()), table -> {
                    section(table, null, v.lines());
                    total(table, "Jahresüberschuss/Jahresfehlbetrag", v.result(), v.previousResult());
                });
    }

    private static String range(LocalDate from, LocalDate to) {
        return DATE.format(from) + "–" + DATE.format(to);
    }

    private interface Body {
        void write(PdfPTable table);
    }

    private static byte[] pdf(String title, String subtitle, String now, String then, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.addCreator("Backoffice");
            document.open();
            document.add(new Paragraph(title, TITLE));
            document.add(new Paragraph(subtitle, POSITION));
            document.add(new Paragraph(" "));
            PdfPTable table = new PdfPTable(new float[] {6, 2, 2});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            cell(table, "Position", HEAD, 0, Element.ALIGN_LEFT);
            cell(table, now, HEAD, 0, Element.ALIGN_RIGHT);
            cell(table, then, HEAD, 0, Element.ALIGN_RIGHT);
            body.write(table);
            document.add(table);
        } catch (DocumentException e) {
            throw new IllegalStateException("the PDF could not be written", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static void section(PdfPTable table, String heading, List<ReportViews.StatementLine> lines) {
        if (heading != null) {
            cell(table, heading, HEAD, 0, Element.ALIGN_LEFT);
            cell(table, "", HEAD, 0, Element.ALIGN_RIGHT);
            cell(table, "", HEAD, 0, Element.ALIGN_RIGHT);
        }
        for (ReportViews.StatementLine l : lines) {
            String code = l.code().equals(ReportQueryHandler.UNASSIGNED) ? "" : l.code() + " ";
            cell(table, code + l.name(), POSITION, l.level(), Element.ALIGN_LEFT);
            cell(table, amount(l.amount()), POSITION, 0, Element.ALIGN_RIGHT);
            cell(table, amount(l.previousAmount()), POSITION, 0, Element.ALIGN_RIGHT);
            for (ReportViews.AccountAmount a : l.accounts()) {
                cell(table, a.number() + " " + a.name(), ACCOUNT, l.level() + 1, Element.ALIGN_LEFT);
                cell(table, amount(a.amount()), ACCOUNT, 0, Element.ALIGN_RIGHT);
                cell(table, amount(a.previousAmount()), ACCOUNT, 0, Element.ALIGN_RIGHT);
            }
        }
    }

    private static void total(PdfPTable table, String label, Money now, Money then) {
        cell(table, label, HEAD, 0, Element.ALIGN_LEFT);
        cell(table, amount(now), HEAD, 0, Element.ALIGN_RIGHT);
        cell(table, amount(then), HEAD, 0, Element.ALIGN_RIGHT);
    }

    private static void cell(PdfPTable table, String text, Font font, int indent, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(PdfPCell.BOTTOM);
        cell.setBorderWidth(0.2f);
        cell.setHorizontalAlignment(align);
        cell.setPaddingLeft(4 + 10 * indent);
        table.addCell(cell);
    }

    private static String amount(Money m) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.GERMANY);
        f.setMinimumFractionDigits(m.amount().scale());
        f.setMaximumFractionDigits(m.amount().scale());
        return f.format(m.amount());
    }
}
