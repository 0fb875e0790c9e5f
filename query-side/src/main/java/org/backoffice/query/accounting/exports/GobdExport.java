package org.backoffice.query.accounting.exports;

import org.backoffice.query.accounting.partner.OpenItemProjection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The data a German tax auditor asks for (GoBD, "Datenträgerüberlassung" under § 147 (6) AO) for a
 * fiscal year: the journal, the accounts, the partners and the open items at the year's end as
 * CSV files (the accounts and partners that existed by the year's end or were booked on in it),
 * described by an index.xml after the GDPdU description standard of 1 August 2002
 * (its DTD beside it), in one ZIP written as it is read (constant memory for any size).
 *
 * <p>The files follow the standard's defaults and what the auditors' software (IDEA) is known to
 * read: Windows-1252 ("ANSI"), ';' between fields, text in '"', CR LF after each record, a header
 * line skipped by Range From 2, decimal comma, dates DD.MM.YYYY. Text fields cannot hold the
 * delimiters there: a '"' becomes ''', a ';' a ',', a line break a space, a '!' a '.', and a field
 * is cut to 512 characters.
 */
@Component
public class GobdExport {

    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final String company;
    private final String location;

    GobdExport(JdbcTemplate jdbc, PlatformTransactionManager transactions,
               @Value("${backoffice.company.name:Backoffice GmbH}") String company,
               @Value("${backoffice.company.location:Deutschland}") String location) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(1000);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.company = company;
        this.location = location;
    }

    enum Type { TEXT, AMOUNT, DATE, INTEGER }

    record Column(String name, Type type, String description) {
    }

    /** A table: its file, name, description, primary key columns (the first keys), columns, foreign keys. */
    record Table(String file, String name, String description, int keys, List<Column> columns, List<String[]> foreignKeys) {
    }

    static final Table ACCOUNTS = new Table("konten.csv", "Konten", "Sachkonten und Personenkonten", 1, List.of(
            new Column("Kontonummer", Type.TEXT, "Nummer des Kontos"),
            new Column("Bezeichnung", Type.TEXT, null),
            new Column("Kontoart", Type.TEXT, "ASSET, LIABILITY, EQUITY, REVENUE oder EXPENSE"),
            new Column("Waehrung", Type.TEXT, null),
            new Column("Bilanzposition", Type.TEXT, "Position in Bilanz oder GuV (HGB)"),
            new Column("Partnerart", Type.TEXT, "CUSTOMER, SUPPLIER oder EMPLOYEE bei Personenkonten"),
            new Column("Eroeffnet", Type.DATE, null),
            new Column("Geschlossen", Type.DATE, null)), List.of());

    static final Table PARTNERS = new Table("geschaeftspartner.csv", "Geschaeftspartner", "Kunden und Lieferanten", 1,
            List.of(new Column("PartnerID", Type.TEXT, null),
                    new Column("Art", Type.TEXT, "CUSTOMER oder SUPPLIER"),
                    new Column("Name", Type.TEXT, null),
                    new Column("Kontonummer", Type.TEXT, "Personenkonto"),
                    new Column("Zahlungsziel", Type.INTEGER, "Tage"),
                    new Column("IBAN", Type.TEXT, null),
                    new Column("BIC", Type.TEXT, null)),
            List.<String[]>of(new String[] {"Kontonummer", "Konten"}));

    static final Table JOURNAL = new Table("buchungsjournal.csv", "Buchungsjournal",
            "Jede Zeile jeder im Geschaeftsjahr gebuchten Buchung", 2, List.of(
            new Column("BuchungsID", Type.TEXT, null),
            new Column("Zeile", Type.INTEGER, null),
            new Column("Belegnummer", Type.TEXT, null),
            new Column("Belegdatum", Type.DATE, null),
            new Column("Buchungsdatum", Type.DATE, null),
            new Column("Buchungstext", Type.TEXT, null),
            new Column("Kontonummer", Type.TEXT, null),
            new Column("SollHaben", Type.TEXT, "S oder H"),
            new Column("Betrag", Type.AMOUNT, null),
            new Column("Waehrung", Type.TEXT, null),
            new Column("Steuerschluessel", Type.TEXT, "Steuerschluessel der Zeile"),
            new Column("Steuerrolle", Type.TEXT, "BASE, OUTPUT_TAX oder INPUT_TAX"),
            new Column("Buchungsart", Type.TEXT, null),
            new Column("StornoVon", Type.TEXT, "BuchungsID der stornierten Buchung"),
            new Column("StorniertDurch", Type.TEXT, null),
            new Column("Erfasst", Type.DATE, "Tag der Erfassung"),
            new Column("Erfassungszeitpunkt", Type.TEXT, "Zeitpunkt der Erfassung (UTC, ISO 8601)")),
            List.<String[]>of(new String[] {"Kontonummer", "Konten"}));

    static final Table OPEN_ITEMS = new Table("offene_posten.csv", "OffenePosten",
            "Offene Posten der Geschaeftspartner am Ende des Geschaeftsjahres", 1, List.of(
            new Column("PostenID", Type.TEXT, "BuchungsID der Rechnung"),
            new Column("PartnerID", Type.TEXT, null),
            new Column("Belegnummer", Type.TEXT, null),
            new Column("Belegdatum", Type.DATE, null),
            new Column("Faelligkeit", Type.DATE, null),
            new Column("Betrag", Type.AMOUNT, null),
            new Column("Bezahlt", Type.AMOUNT, null),
            new Column("Offen", Type.AMOUNT, null),
            new Column("Waehrung", Type.TEXT, null)),
            List.<String[]>of(new String[] {"PartnerID", "Geschaeftspartner"}));

    static final List<Table> TABLES = List.of(ACCOUNTS, PARTNERS, JOURNAL, OPEN_ITEMS);

    /** The fiscal year's dates: the fiscal year of that name, or the calendar year when none is defined. */
    public LocalDate[] yearOf(int year) {
        List<LocalDate[]> fiscal = jdbc.query("select start_date, end_date from fiscal_year_view where year = ?",
                (rs, i) -> new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)}, year);
        return fiscal.isEmpty() ? new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)} : fiscal.get(0);
    }

    public void write(int year, OutputStream out) {
        LocalDate[] range = yearOf(year);
        LocalDate from = range[0];
        LocalDate to = range[1];
        readOnly.executeWithoutResult(status -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                entry(zip, "index.xml");
                zip.write(index(from, to).getBytes(StandardCharsets.UTF_8));
                entry(zip, "gdpdu-01-08-2002.dtd");
                try (InputStream dtd = GobdExport.class.getResourceAsStream("gdpdu-01-08-2002.dtd")) {
                    dtd.transferTo(zip);
                }
                Writer w = DatevExport.writer(new NonClosing(zip));
                entry(zip, ACCOUNTS.file());
                header(w, ACCOUNTS);
                jdbc.query("""
                        select number, name, type, currency, group_code, party_kind, opened_at, closed_at
                        from account_view a where opened_at::date <= ? or exists (
                            select 1 from transaction_leg l join transaction_view t on t.id = l.transaction_id
                            where l.account_id = a.id and t.value_date between ? and ?)
                        order by number""", rs -> {
                    record(w, text(rs.getString(1)), text(rs.getString(2)), text(rs.getString(3)), text(rs.getString(4)),
                            text(rs.getString(5)), text(rs.getString(6)), date(rs, 7), date(rs, 8));
                }, to, from, to);
                w.flush();
                entry(zip, PARTNERS.file());
                header(w, PARTNERS);
                jdbc.query("""
                        select p.id, p.kind, p.name, a.number, p.payment_term_days, p.iban, p.bic
                        from partner_view p join account_view a on a.id = p.account_id
                        where p.registered_at::date <= ? or exists (
                            select 1 from transaction_leg l join transaction_view t on t.id = l.transaction_id
                            where l.account_id = p.account_id and t.value_date between ? and ?)
                        order by p.name, p.id""", rs -> {
                    record(w, text(rs.getString(1)), text(rs.getString(2)), text(rs.getString(3)), text(rs.getString(4)),
                            Integer.toString(rs.getInt(5)), text(rs.getString(6)), text(rs.getString(7)));
                }, to, from, to);
                w.flush();
                entry(zip, JOURNAL.file());
                header(w, JOURNAL);
                jdbc.query("""
                        select t.id, l.position, t.document_number, t.document_date, t.value_date, t.reference, a.number,
                               l.side, l.amount, l.currency, l.tax_code, l.tax_role, t.kind, t.reversal_of, t.reversed_by,
                               t.recorded_at
                        from transaction_view t join transaction_leg l on l.transaction_id = t.id
                        join account_view a on a.id = l.account_id
                        where t.value_date between ? and ? and t.status in ('COMPLETED', 'REVERSED')
                        order by t.value_date, t.id, l.position""", rs -> {
                    java.sql.Timestamp recorded = rs.getTimestamp(16);
                    record(w, text(rs.getString(1)), Integer.toString(rs.getInt(2) + 1), text(rs.getString(3)), date(rs, 4),
                            date(rs, 5), text(rs.getString(6)), text(rs.getString(7)),
                            text("DEBIT".equals(rs.getString(8)) ? "S" : "H"), amount(rs.getBigDecimal(9)),
                            text(rs.getString(10)), text(rs.getString(11)), text(rs.getString(12)), text(rs.getString(13)),
                            text(rs.getString(14)), text(rs.getString(15)),
                            recorded == null ? "" : GERMAN.format(recorded.toInstant().atZone(java.time.ZoneOffset.UTC)),
                            text(recorded == null ? null : recorded.toInstant().toString()));
                }, from, to);
                w.flush();
                entry(zip, OPEN_ITEMS.file());
                header(w, OPEN_ITEMS);
                String settled = "select item_id, sum(amount) as amount from (" + OpenItemProjection.SETTLEMENTS_AS_OF
                        + ") s group by item_id";
                jdbc.query("with settled as (" + settled + """
                        ) select i.item_id, i.partner_id, i.document_number, i.document_date, i.due_date, i.amount,
                                 coalesce(st.amount, 0), i.amount - coalesce(st.amount, 0), i.currency
                        from open_item_view i left join settled st on st.item_id = i.item_id
                        where i.booking_date <= ? and (i.reversal_date is null or i.reversal_date > ?)
                          and i.amount - coalesce(st.amount, 0) <> 0
                        order by i.due_date, i.item_id""", rs -> {
                    record(w, text(rs.getString(1)), text(rs.getString(2)), text(rs.getString(3)), date(rs, 4), date(rs, 5),
                            amount(rs.getBigDecimal(6)), amount(rs.getBigDecimal(7)), amount(rs.getBigDecimal(8)),
                            text(rs.getString(9)));
                }, to, to, to, to, to);
                w.flush();
                zip.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** index.xml: the data supplier, then each table with its file, period, format and columns. */
    String index(LocalDate from, LocalDate to) {
        StringBuilder x = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE DataSet SYSTEM "gdpdu-01-08-2002.dtd">
                <DataSet>
                  <Version>1.0</Version>
                  <DataSupplier>
                """);
        x.append("    <Name>").append(xml(company)).append("</Name>\n");
        x.append("    <Location>").append(xml(location)).append("</Location>\n");
        x.append("    <Comment>Datentraegerueberlassung nach § 147 Abs. 6 AO, Geschaeftsjahr ").append(GERMAN.format(from))
                .append(" bis ").append(GERMAN.format(to)).append("</Comment>\n  </DataSupplier>\n  <Media>\n");
        x.append("    <Name>Backoffice ").append(GERMAN.format(from)).append(" bis ").append(GERMAN.format(to)).append("</Name>\n");
        for (Table t : TABLES) {
            x.append("    <Table>\n      <URL>").append(t.file()).append("</URL>\n      <Name>").append(t.name())
                    .append("</Name>\n      <Description>").append(xml(t.description())).append("</Description>\n");
            x.append("      <Validity>\n        <Range><From>").append(GERMAN.format(from)).append("</From><To>")
                    .append(GERMAN.format(to)).append("</To></Range>\n        <Format>DD.MM.YYYY</Format>\n      </Validity>\n");
            x.append("""
                          <ANSI/>
                          <DecimalSymbol>,</DecimalSymbol>
                          <DigitGroupingSymbol>.</DigitGroupingSymbol>
                          <Range><From>2</From></Range>
                          <VariableLength>
                            <ColumnDelimiter>;</ColumnDelimiter>
                            <TextEncapsulator>"</TextEncapsulator>
                    """);
            for (int i = 0; i < t.columns().size(); i++) {
                Column c = t.columns().get(i);
                String element = i < t.keys() ? "VariablePrimaryKey" : "VariableColumn";
                x.append("        <").append(element).append("><Name>").append(c.name()).append("</Name>");
                if (c.description() != null) {
                    x.append("<Description>").append(xml(c.description())).append("</Description>");
                }
                x.append(switch (c.type()) {
                    case TEXT -> "<AlphaNumeric/>";
                    case AMOUNT -> "<Numeric><Accuracy>2</Accuracy></Numeric>";
                    case INTEGER -> "<Numeric/>";
                    case DATE -> "<Date><Format>DD.MM.YYYY</Format></Date>";
                }).append("</").append(element).append(">\n");
            }
            for (String[] fk : t.foreignKeys()) {
                x.append("        <ForeignKey><Name>").append(fk[0]).append("</Name><References>").append(fk[1])
                        .append("</References></ForeignKey>\n");
            }
            x.append("      </VariableLength>\n    </Table>\n");
        }
        return x.append("  </Media>\n</DataSet>\n").toString();
    }

    private static void header(Writer w, Table t) {
        record(w, t.columns().stream().map(c -> c.name()).toArray(String[]::new));
    }

    private static void record(Writer w, String... fields) {
        try {
            w.write(String.join(";", fields));
            w.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text field as IDEA reads it: in quotes, without the delimiters, at most 512 characters. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        String v = value.replace('"', '\'').replace(';', ',').replace('!', '.').replaceAll("[\\r\\n\\t]", " ");
        return "\"" + (v.length() > 512 ? v.substring(0, 512) : v) + "\"";
    }

    private static String amount(BigDecimal v) {
        return v == null ? "" : v.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    private static String date(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return "";
        }
        LocalDate day = value instanceof java.sql.Timestamp ts ? ts.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate()
                : value instanceof java.sql.Date d ? d.toLocalDate() : rs.getObject(column, LocalDate.class);
        return GERMAN.format(day);
    }

    private static String xml(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void entry(ZipOutputStream zip, String name) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
    }

    /** The zip's stream for a writer that must not close it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
