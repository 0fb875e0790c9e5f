package org.backoffice.query.accounting.exports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The DATEV format ("DATEV-Format", EXTF, header version 700) as this product writes it: the
 * header line and column headings of the Buchungsstapel (category 21, format version 13, 125
 * columns) and of the Kontenbeschriftungen (category 20, format version 3), semicolon-separated,
 * text in double quotes (a quote inside doubled), amounts with a decimal comma and no thousands
 * separator, lines ended by CR LF, in Windows-1252 (docs/api.md names the sources).
 */
public final class DatevFormat {

    public static final Charset CHARSET = Charset.forName("windows-1252");
    public static final String CRLF = "\r\n";
    public static final int BOOKING_COLUMNS = 125;
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private DatevFormat() {
    }

    /** The 125 column headings of the Buchungsstapel, format version 13, as DATEV's sample file spells them. */
    public static final List<String> BOOKING_HEADINGS = bookingHeadings();

    private static List<String> bookingHeadings() {
        List<String> h = new ArrayList<>(List.of("Umsatz (ohne Soll/Haben-Kz)", "Soll/Haben-Kennzeichen", "WKZ Umsatz",
                "Kurs", "Basis-Umsatz", "WKZ Basis-Umsatz", "Konto", "Gegenkonto (ohne BU-Schlüssel)", "BU-Schlüssel",
                "Belegdatum", "Belegfeld 1", "Belegfeld 2", "Skonto", "Buchungstext", "Postensperre",
                "Diverse Adressnummer", "Geschäftspartnerbank", "Sachverhalt", "Zinssperre", "Beleglink"));
        for (int i = 1; i <= 8; i++) {
            h.add("Beleginfo - Art " + i);
            h.add("Beleginfo - Inhalt " + i);
        }
        h.addAll(List.of("KOST1 - Kostenstelle", "KOST2 - Kostenstelle", "Kost-Menge", "EU-Land u. UStID (Bestimmung)",
                "EU-Steuersatz (Bestimmung)", "Abw. Versteuerungsart", "Sachverhalt L+L", "Funktionsergänzung L+L",
                "BU 49 Hauptfunktionstyp", "BU 49 Hauptfunktionsnummer", "BU 49 Funktionsergänzung"));
        for (int i = 1; i <= 20; i++) {
            h.add("Zusatzinformation - Art " + i);
            h.add("Zusatzinformation- Inhalt " + i);
        }
        h.addAll(List.of("Stück", "Gewicht", "Zahlweise", "Forderungsart", "Veranlagungsjahr", "Zugeordnete Fälligkeit",
                "Skontotyp", "Auftragsnummer", "Buchungstyp", "USt-Schlüssel (Anzahlungen)", "EU-Land (Anzahlungen)",
                "Sachverhalt L+L (Anzahlungen)", "EU-Steuersatz (Anzahlungen)", "Erlöskonto (Anzahlungen)", "Herkunft-Kz",
                "Buchungs GUID", "KOST-Datum", "SEPA-Mandatsreferenz", "Skontosperre", "Gesellschaftername",
                "Beteiligtennummer", "Identifikationsnummer", "Zeichnernummer", "Postensperre bis",
                "Bezeichnung SoBil-Sachverhalt", "Kennzeichen SoBil-Buchung", "Festschreibung", "Leistungsdatum",
                "Datum Zuord. Steuerperiode", "Fälligkeit", "Generalumkehr (GU)", "Steuersatz", "Land",
                "Abrechnungsreferenz", "BVV-Position", "EU-Land u. UStID (Ursprung)", "EU-Steuersatz (Ursprung)",
                "Abw. Skontokonto"));
        if (h.size() != BOOKING_COLUMNS) {
            throw new IllegalStateException("the Buchungsstapel has 125 columns, not " + h.size());
        }
        return Collections.unmodifiableList(h);
    }

    public static final List<String> ACCOUNT_HEADINGS = List.of("Konto", "Kontenbeschriftung", "Sprach-ID",
            "Kontenbeschriftung lang");

    /** What the header says about the company and the batch. */
    public record Header(LocalDateTime created, String exportedBy, int consultant, int client, LocalDate fiscalYearStart,
                         int accountLength, LocalDate from, LocalDate to, String title, boolean locked, String currency,
                         String chart) {
    }

    /** Line 1 of a Buchungsstapel: the 31 fields of header version 700, category 21, format version 13. */
    public static String bookingHeader(Header h) {
        return String.join(";", List.of(text("EXTF"), "700", "21", text("Buchungsstapel"), "13",
                CREATED.format(h.created()), "", text("BO"), text(user(h.exportedBy())), text(""),
                Integer.toString(h.consultant()), Integer.toString(h.client()), DAY.format(h.fiscalYearStart()),
                Integer.toString(h.accountLength()), DAY.format(h.from()), DAY.format(h.to()), text(cut(h.title(), 30)),
                text(""), "1", "0", h.locked() ? "1" : "0", text(h.currency()), "", text(""), "", "",
                text(h.chart()), "", "", text(""), text("")));
    }

    /** Line 1 of the Kontenbeschriftungen: category 20, format version 3, the batch fields empty. */
    public static String accountHeader(Header h) {
        return String.join(";", List.of(text("EXTF"), "700", "20", text("Kontenbeschriftungen"), "3",
                CREATED.format(h.created()), "", text("BO"), text(user(h.exportedBy())), text(""),
                Integer.toString(h.consultant()), Integer.toString(h.client()), DAY.format(h.fiscalYearStart()),
                Integer.toString(h.accountLength()), "", "", text(""), text(""), "", "", "", text(""), "", text(""),
                "", "", text(h.chart()), "", "", text(""), text("")));
    }

    /** The user name as DATEV takes it: up to 25 letters, digits or underscores. */
    private static String user(String name) {
        return cut(name == null ? "" : name.replaceAll("[^A-Za-z0-9_]", "_"), 25);
    }

    /** A text field: in double quotes, a quote inside doubled, control characters as spaces. */
    public static String text(String value) {
        String v = value == null ? "" : value.replaceAll("\\p{Cntrl}", " ");
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    public static String cut(String value, int max) {
        return value == null ? "" : value.length() <= max ? value : value.substring(0, max);
    }

    /** An amount as DATEV writes it: positive, two decimals, a decimal comma, no grouping. */
    public static String amount(BigDecimal value) {
        return value.abs().setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
}
