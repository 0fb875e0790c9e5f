package org.backoffice.query.accounting.partner;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.backoffice.events.common.Money;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** The aging and a partner's statement as CSV (RFC 4180, a header row, amounts with a decimal point). */
public final class OpenItemCsv {

    private OpenItemCsv() {
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

    public static String aging(OpenItemViews.AgingView v) {
        return csv(new String[] {"account", "name", "not due", "1-30", "31-60", "61-90", "over 90", "open",
                "unallocated", "balance"}, out -> {
            for (OpenItemViews.AgingLine l : v.partners()) {
                row(out, l.accountNumber(), l.name(), l.amounts());
            }
            row(out, "", "Total", v.total());
        });
    }

    private static void row(CSVPrinter out, String account, String name, OpenItemViews.AgingBuckets b) throws IOException {
        out.printRecord(account, name, amount(b.notDue()), amount(b.days1To30()), amount(b.days31To60()),
                amount(b.days61To90()), amount(b.over90()), amount(b.totalOpen()), amount(b.unallocated()),
                amount(b.balance()));
    }

    public static String statement(OpenItemViews.PartnerStatementView v) {
        return csv(new String[] {"booking date", "document", "document date", "text", "debit", "credit", "balance"}, out -> {
            out.printRecord(v.from(), "", "", "Opening balance", "", "", amount(v.openingBalance()));
            for (OpenItemViews.PartnerStatementLine l : v.lines()) {
                out.printRecord(l.bookingDate(), l.documentNumber(), l.documentDate(), l.text(), amount(l.debit()),
                        amount(l.credit()), amount(l.balance()));
            }
            out.printRecord(v.to(), "", "", "Closing balance", "", "", amount(v.closingBalance()));
        });
    }
}
