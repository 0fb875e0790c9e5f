package org.backoffice.query.accounting.partner;

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
import java.util.Locale;

/**
 * A partner's statement as a printable A4 PDF (OpenPDF), in German as a German customer expects
 * it: the entries with the running balance, then the items still open and the payments not yet
 * allocated.
 */
public final class PartnerStatementPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font HEAD = new Font(Font.HELVETICA, 8, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 8, Font.NORMAL);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private PartnerStatementPdf() {
    }

    public static byte[] statement(OpenItemViews.PartnerStatementView v) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            String title = "Kontoauszug " + v.name();
            document.addTitle(title);
            document.addCreator("Backoffice");
            document.open();
            document.add(new Paragraph(title, TITLE));
            document.add(new Paragraph((v.kind().equals("CUSTOMER") ? "Debitor " : "Kreditor ") + v.accountNumber()
                    + " · " + date(v.from()) + "–" + date(v.to()) + " · Währung " + v.currency(), TEXT));
            document.add(new Paragraph(" "));
            PdfPTable entries = table(new float[] {2, 3, 6, 2, 2, 2}, "Datum", "Beleg", "Text", "Soll", "Haben", "Saldo");
            row(entries, date(v.from()), "", "Anfangssaldo", "", "", amount(v.openingBalance()));
            for (OpenItemViews.PartnerStatementLine l : v.lines()) {
                row(entries, date(l.bookingDate()), text(l.documentNumber()), text(l.text()), amount(l.debit()),
                        amount(l.credit()), amount(l.balance()));
            }
            row(entries, date(v.to()), "", "Endsaldo", "", "", amount(v.closingBalance()));
            document.add(entries);
            document.add(new Paragraph(" "));
            document.add(new Paragraph("Offene Posten zum " + date(v.to()), HEAD));
            PdfPTable items = table(new float[] {3, 2, 2, 2, 2, 2}, "Beleg", "Belegdatum", "Fällig", "Betrag", "Bezahlt", "Offen");
            for (OpenItemViews.OpenItemView i : v.openItems()) {
                row(items, text(i.documentNumber()), date(i.documentDate()), date(i.dueDate()), amount(i.amount()),
                        amount(i.settled()), amount(i.open()));
            }
            for (OpenItemViews.PartnerPaymentView p : v.unallocatedPayments()) {
                row(items, text(p.documentNumber()), date(p.bookingDate()), "", "", "nicht zugeordnet",
                        amount(p.unallocated().negate()));
            }
            document.add(items);
        } catch (DocumentException e) {
            throw new IllegalStateException("the PDF could not be written", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static PdfPTable table(float[] widths, String... headings) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (int i = 0; i < headings.length; i++) {
            cell(table, headings[i], HEAD, i >= headings.length - 3 ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        }
        return table;
    }

    private static void row(PdfPTable table, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            cell(table, texts[i], TEXT, i >= texts.length - 3 ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        }
    }

    private static void cell(PdfPTable table, String text, Font font, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(PdfPCell.BOTTOM);
        cell.setBorderWidth(0.2f);
        cell.setHorizontalAlignment(align);
        table.addCell(cell);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    private static String amount(Money m) {
        if (m == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(Locale.GERMANY);
        f.setMinimumFractionDigits(m.amount().scale());
        f.setMaximumFractionDigits(m.amount().scale());
        return f.format(m.amount());
    }
}
