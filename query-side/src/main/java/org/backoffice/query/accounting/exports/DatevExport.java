package org.backoffice.query.accounting.exports;

import org.backoffice.events.accounting.TaxKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The books as DATEV files (see {@link DatevFormat}), read from the balances read model and
 * written as they are read, so that a year of a million entries runs in constant memory.
 *
 * <p>A journal entry has any number of legs; a DATEV booking has an account, a contra account and
 * an amount, and DATEV makes the tax itself from the tax key (BU-Schlüssel) or from an account
 * with automatic tax. So each entry is written as follows:
 * <ol>
 * <li>Each tax leg is folded into the base leg of its tax code before it (the gross amount);
 * a reverse-charge entry's two tax legs cancel out there.</li>
 * <li>The debit and the credit legs are paired in order, a booking for each pair, for the
 * amount they have in common (a split entry gives several bookings under one document number).</li>
 * <li>A base leg carries its code's tax key, unless its account computes the tax itself
 * (DATEV's Automatikkonten of SKR03 and SKR04). The account with the key is the contra account.</li>
 * </ol>
 * The Belegdatum is the booking date (DATEV assigns the period from it, the year from the header);
 * the document date, where it differs, is the first Beleginfo.
 */
@Component
public class DatevExport {

    /** DATEV's revenue accounts with automatic tax (AM) in the two charts: no tax key may be sent on them. */
    static final Map<String, Set<String>> AUTOMATIC = Map.of(
            "SKR03", Set.of("8120", "8125", "8300", "8310", "8315", "8336", "8338", "8400", "8449", "8920", "8921", "8922",
                    "8923", "8924", "8925"),
            "SKR04", Set.of("4120", "4125", "4300", "4310", "4315", "4336", "4338", "4400", "4449"));
    private static final DateTimeFormatter DDMM = DateTimeFormatter.ofPattern("ddMM");
    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final DatevSettings settings;
    private final Clock clock;

    DatevExport(JdbcTemplate jdbc, PlatformTransactionManager transactions, DatevSettings settings, Clock clock) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(1000);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.settings = settings;
        this.clock = clock;
    }

    /** Why the entries from..to cannot be written for DATEV (an account number DATEV cannot take), if so. */
    public Optional<String> problem(LocalDate from, LocalDate to) {
        List<String> bad = jdbc.queryForList("""
                select a.number from account_view a
                where a.number !~ '^[0-9]{1,9}$' and exists (
                    select 1 from transaction_leg l join transaction_view t on t.id = l.transaction_id
                    where l.account_id = a.id and t.value_date between ? and ? and t.status in ('COMPLETED', 'REVERSED'))
                order by a.number limit 5""", String.class, from, to);
        return bad.isEmpty() ? Optional.empty() : Optional.of("DATEV takes account numbers of 1 to 9 digits; these "
                + "accounts have others: " + String.join(", ", bad));
    }

    private record Leg(UUID account, boolean debit, BigDecimal amount, String currency, String taxCode, String taxRole) {
    }

    private record Entry(UUID id, String documentNumber, LocalDate documentDate, LocalDate bookingDate, String text) {
    }

    private record Side(String account, BigDecimal amount, String key) {
    }

    /** One DATEV booking: Konto is debited (S) or credited (H), the contra account the other way. */
    record Booking(BigDecimal amount, String side, String currency, String account, String contra, String key,
                          LocalDate bookingDate, String documentNumber, String text, LocalDate documentDate) {
    }

    private record TaxRates(TaxKind kind, TreeMap<LocalDate, BigDecimal> rates) {
    }

    /** Writes the Buchungsstapel of the entries booked from..to (one calendar year at most). */
    public void bookings(LocalDate from, LocalDate to, String user, OutputStream out) {
        readOnly.executeWithoutResult(status -> {
            Writer w = writer(out);
            Map<UUID, String> numbers = new HashMap<>();
            jdbc.query("select id, number from account_view", rs -> {
                numbers.put(rs.getObject(1, UUID.class), rs.getString(2));
            });
            String chart = chart();
            Set<String> automatic = AUTOMATIC.getOrDefault(chart, Set.of());
            Map<String, TaxRates> codes = taxCodes();
            boolean locked = Boolean.TRUE.equals(jdbc.queryForObject("""
                    select count(*) > 0 and bool_and(status = 'CLOSED') from fiscal_period_view
                    where from_date <= ? and to_date >= ?""", Boolean.class, to, from));
            DatevFormat.Header header = new DatevFormat.Header(LocalDateTime.now(clock), user, settings.consultantNumber(),
                    settings.clientNumber(), fiscalYearStart(from), accountLength(), from, to,
                    "Buchungen " + from + " bis " + to, locked, "EUR", datevChart(chart));
            line(w, DatevFormat.bookingHeader(header));
            line(w, String.join(";", DatevFormat.BOOKING_HEADINGS));
            List<Leg> legs = new ArrayList<>();
            Entry[] current = {null};
            jdbc.query("""
                    select t.id, t.document_number, t.document_date, t.value_date, t.reference,
                           l.account_id, l.side, l.amount, l.currency, l.tax_code, l.tax_role
                    from transaction_view t join transaction_leg l on l.transaction_id = t.id
                    where t.value_date between ? and ? and t.status in ('COMPLETED', 'REVERSED')
                    order by t.value_date, t.id, l.position""", rs -> {
                UUID id = rs.getObject(1, UUID.class);
                if (current[0] != null && !current[0].id().equals(id)) {
                    write(w, current[0], legs, numbers, automatic, codes);
                    legs.clear();
                }
                if (current[0] == null || !current[0].id().equals(id)) {
                    current[0] = new Entry(id, rs.getString(2), rs.getObject(3, LocalDate.class),
                            rs.getObject(4, LocalDate.class), rs.getString(5));
                }
                legs.add(new Leg(rs.getObject(6, UUID.class), "DEBIT".equals(rs.getString(7)), rs.getBigDecimal(8),
                        rs.getString(9), rs.getString(10), rs.getString(11)));
            }, from, to);
            if (current[0] != null) {
                write(w, current[0], legs, numbers, automatic, codes);
            }
            flush(w);
        });
    }

    /** The DATEV bookings of one entry. */
    static List<Booking> bookingsOf(UUID id, String documentNumber, LocalDate documentDate, LocalDate bookingDate,
                                           String text, List<DatevLeg> legs, Map<UUID, String> numbers,
                                           Set<String> automatic, Map<String, String> keyOfCode) {
        // 1. The tax legs folded into their base leg.
        List<Side> debits = new ArrayList<>();
        List<Side> credits = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        List<DatevLeg> bases = new ArrayList<>();
        for (DatevLeg leg : legs) {
            BigDecimal signed = leg.debit() ? leg.amount() : leg.amount().negate();
            if (leg.taxRole() != null && !"BASE".equals(leg.taxRole())) {
                int base = -1;
                for (int i = bases.size() - 1; i >= 0; i--) {
                    if (leg.taxCode().equals(bases.get(i).taxCode())) {
                        base = i;
                        break;
                    }
                }
                if (base >= 0) {
                    amounts.set(base, amounts.get(base).add(signed));
                    continue;
                }
            }
            bases.add(leg);
            amounts.add(signed);
        }
        for (int i = 0; i < bases.size(); i++) {
            DatevLeg leg = bases.get(i);
            BigDecimal amount = amounts.get(i);
            if (amount.signum() == 0) {
                continue;
            }
            String number = numbers.getOrDefault(leg.account(), "");
            String key = leg.taxCode() != null && "BASE".equals(leg.taxRole()) && !automatic.contains(number)
                    ? keyOfCode.getOrDefault(leg.taxCode(), "") : "";
            (amount.signum() > 0 ? debits : credits).add(new Side(number, amount.abs(), key));
        }
        // 2. Debits and credits paired in order.
        List<Booking> out = new ArrayList<>();
        int d = 0;
        int c = 0;
        BigDecimal dLeft = debits.isEmpty() ? BigDecimal.ZERO : debits.get(0).amount();
        BigDecimal cLeft = credits.isEmpty() ? BigDecimal.ZERO : credits.get(0).amount();
        String currency = legs.isEmpty() ? "EUR" : legs.get(0).currency();
        while (d < debits.size() && c < credits.size()) {
            BigDecimal amount = dLeft.min(cLeft);
            Side debit = debits.get(d);
            Side credit = credits.get(c);
            boolean keyOnDebit = !debit.key().isEmpty();
            // The account with the tax key is the contra account (DATEV's BU-Schlüssel belongs to it).
            out.add(keyOnDebit
                    ? new Booking(amount, "H", currency, credit.account(), debit.account(), debit.key(), bookingDate,
                    documentNumber, text, documentDate)
                    : new Booking(amount, "S", currency, debit.account(), credit.account(), credit.key(), bookingDate,
                    documentNumber, text, documentDate));
            dLeft = dLeft.subtract(amount);
            cLeft = cLeft.subtract(amount);
            if (dLeft.signum() == 0 && ++d < debits.size()) {
                dLeft = debits.get(d).amount();
            }
            if (cLeft.signum() == 0 && ++c < credits.size()) {
                cLeft = credits.get(c).amount();
            }
        }
        return out;
    }

    /** A leg as the export reads it. */
    record DatevLeg(UUID account, boolean debit, BigDecimal amount, String currency, String taxCode, String taxRole) {
    }

    private void write(Writer w, Entry e, List<Leg> legs, Map<UUID, String> numbers, Set<String> automatic,
                       Map<String, TaxRates> codes) {
        Map<String, String> keys = new HashMap<>();
        for (Leg l : legs) {
            if (l.taxCode() != null && codes.containsKey(l.taxCode())) {
                keys.put(l.taxCode(), key(codes.get(l.taxCode()), e.bookingDate()));
            }
        }
        List<DatevLeg> views = legs.stream().map(l -> new DatevLeg(l.account(), l.debit(), l.amount(), l.currency(),
                l.taxCode(), l.taxRole())).toList();
        for (Booking b : bookingsOf(e.id(), e.documentNumber(), e.documentDate(), e.bookingDate(), e.text(), views,
                numbers, automatic, keys)) {
            line(w, row(b));
        }
    }

    /** A booking as a line of 125 fields. */
    static String row(Booking b) {
        String[] f = new String[DatevFormat.BOOKING_COLUMNS];
        java.util.Arrays.fill(f, "");
        f[0] = DatevFormat.amount(b.amount());
        f[1] = DatevFormat.text(b.side());
        f[2] = DatevFormat.text(b.currency());
        f[6] = b.account();
        f[7] = b.contra();
        f[8] = DatevFormat.text(b.key());
        f[9] = DDMM.format(b.bookingDate());
        f[10] = DatevFormat.text(DatevFormat.cut(b.documentNumber(), 36));
        f[11] = DatevFormat.text("");
        f[13] = DatevFormat.text(DatevFormat.cut(b.text(), 60));
        if (b.documentDate() != null && !b.documentDate().equals(b.bookingDate())) {
            f[20] = DatevFormat.text("Belegdatum");
            f[21] = DatevFormat.text(GERMAN.format(b.documentDate()));
        }
        return String.join(";", f);
    }

    /** The tax key of a code on a day: DATEV's keys for the German rates; empty for the others (the adviser sets them). */
    static String key(TaxRates code, LocalDate day) {
        Map.Entry<LocalDate, BigDecimal> version = code.rates().floorEntry(day);
        if (version == null) {
            return "";
        }
        int rate = version.getValue().stripTrailingZeros().scale() <= 0 ? version.getValue().intValue() : -1;
        return switch (code.kind()) {
            case OUTPUT -> rate == 19 ? "3" : rate == 7 ? "2" : "";
            case INPUT -> rate == 19 ? "9" : rate == 7 ? "8" : "";
            case REVERSE_CHARGE -> rate == 19 ? "94" : rate == 7 ? "91" : "";
            case TAX_FREE -> "";
        };
    }

    /**
     * The balances carried into year by closing the year before (EB-Werte), as a Buchungsstapel of
     * the year's first day: each balance-sheet account against the chart's Saldenvorträge account
     * (9000), debit balances on the account's debit side. Empty when nothing was carried into it.
     */
    public Optional<String> openingBalancesProblem(int year) {
        List<LocalDate> start = jdbc.queryForList("select start_date from fiscal_year_view where year = ?", LocalDate.class, year);
        if (start.isEmpty()) {
            return Optional.of("there is no fiscal year " + year);
        }
        Boolean carried = jdbc.queryForObject("select exists (select 1 from fiscal_year_view where end_date = ? and closed_at is not null)",
                Boolean.class, start.get(0).minusDays(1));
        if (!Boolean.TRUE.equals(carried)) {
            return Optional.of("nothing was carried into " + year + " yet: close the fiscal year before it first");
        }
        // A balance DATEV cannot take would leave the file unbalanced: refused, not left out.
        List<String> bad = jdbc.queryForList("""
                select a.number from fiscal_year_view y
                cross join jsonb_array_elements(y.carried_forward::jsonb) c
                join account_view a on a.id = (c ->> 'accountId')::uuid
                where y.end_date = ? and a.number !~ '^[0-9]{1,9}$' order by a.number limit 5""", String.class,
                start.get(0).minusDays(1));
        return bad.isEmpty() ? Optional.empty() : Optional.of("DATEV takes account numbers of 1 to 9 digits; these "
                + "accounts carry a balance and have others: " + String.join(", ", bad));
    }

    public void openingBalances(int year, String user, OutputStream out) {
        readOnly.executeWithoutResult(status -> {
            Writer w = writer(out);
            LocalDate start = jdbc.queryForObject("select start_date from fiscal_year_view where year = ?", LocalDate.class, year);
            String carried = jdbc.queryForObject("select carried_forward from fiscal_year_view where end_date = ?",
                    String.class, start.minusDays(1));
            Map<UUID, String> numbers = new HashMap<>();
            jdbc.query("select id, number from account_view", rs -> {
                numbers.put(rs.getObject(1, UUID.class), rs.getString(2));
            });
            String chart = chart();
            String saldenvortrag = chart.isEmpty() ? "9000" : org.backoffice.events.accounting.AccountGroups.Template.valueOf(chart)
                    .accounts().stream().filter(a -> "OPENING_BALANCES".equals(a.role())).findFirst().map(a -> a.number())
                    .orElse("9000");
            DatevFormat.Header header = new DatevFormat.Header(LocalDateTime.now(clock), user, settings.consultantNumber(),
                    settings.clientNumber(), start, accountLength(), start, start, "Saldenvortraege " + year, false, "EUR",
                    datevChart(chart));
            line(w, DatevFormat.bookingHeader(header));
            line(w, String.join(";", DatevFormat.BOOKING_HEADINGS));
            try {
                List<Booking> bookings = new ArrayList<>();
                for (var c : new com.fasterxml.jackson.databind.ObjectMapper().readTree(carried == null ? "[]" : carried)) {
                    BigDecimal balance = new BigDecimal(c.path("balance").asText());
                    String number = numbers.getOrDefault(UUID.fromString(c.path("accountId").asText()), "");
                    if (balance.signum() != 0) {
                        bookings.add(new Booking(balance.abs(), balance.signum() > 0 ? "S" : "H", c.path("currency").asText(),
                                number, saldenvortrag, "", start, "EB-" + year, "Saldenvortrag " + number, start));
                    }
                }
                bookings.sort(java.util.Comparator.comparing((Booking b) -> b.account().length()).thenComparing(Booking::account));
                bookings.forEach(b -> line(w, row(b)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            flush(w);
        });
    }

    /** Writes the Kontenbeschriftungen: every account of no partner or employee, by number. */
    public void accounts(String user, OutputStream out) {
        readOnly.executeWithoutResult(status -> {
            Writer w = writer(out);
            LocalDate today = LocalDate.now(clock);
            DatevFormat.Header header = new DatevFormat.Header(LocalDateTime.now(clock), user, settings.consultantNumber(),
                    settings.clientNumber(), fiscalYearStart(today), accountLength(), today, today, "", false, "EUR",
                    datevChart(chart()));
            line(w, DatevFormat.accountHeader(header));
            line(w, String.join(";", DatevFormat.ACCOUNT_HEADINGS));
            jdbc.query("""
                    select number, name from account_view where party_kind is null and number ~ '^[0-9]{1,9}$'
                    order by length(number), number""", rs -> {
                String name = rs.getString(2);
                line(w, rs.getString(1) + ";" + DatevFormat.text(DatevFormat.cut(name, 40)) + ";" + DatevFormat.text("de-DE")
                        + ";" + DatevFormat.text(DatevFormat.cut(name, 300)));
            });
            flush(w);
        });
    }

    private Map<String, TaxRates> taxCodes() {
        Map<String, TaxRates> codes = new HashMap<>();
        jdbc.query("select code, kind from tax_code_view", rs -> {
            codes.put(rs.getString(1), new TaxRates(TaxKind.valueOf(rs.getString(2)), new TreeMap<>()));
        });
        jdbc.query("select code, valid_from, rate from tax_code_version_view", rs -> {
            TaxRates code = codes.get(rs.getString(1));
            if (code != null) {
                code.rates().put(rs.getObject(2, LocalDate.class), rs.getBigDecimal(3));
            }
        });
        return codes;
    }

    private String chart() {
        List<String> template = jdbc.queryForList("select template from chart_view limit 1", String.class);
        return template.isEmpty() ? "" : template.get(0);
    }

    private static String datevChart(String template) {
        return template.startsWith("SKR") ? template.substring(3) : "";
    }

    /** The start of the fiscal year the day lies in; without fiscal years, 1 January. */
    private LocalDate fiscalYearStart(LocalDate day) {
        List<LocalDate> start = jdbc.queryForList("select start_date from fiscal_year_view where ? between start_date "
                + "and end_date", LocalDate.class, day);
        return start.isEmpty() ? day.withDayOfYear(1) : start.get(0);
    }

    /** The length of the general ledger accounts' numbers (4 in SKR03 and SKR04), 4 to 8 as DATEV takes it. */
    private int accountLength() {
        Integer length = jdbc.queryForObject("""
                select max(length(number)) from account_view where party_kind is null and number ~ '^[0-9]{1,9}$'""",
                Integer.class);
        return length == null ? 4 : Math.max(4, Math.min(8, length));
    }

    static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, DatevFormat.CHARSET.newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPLACE).onMalformedInput(CodingErrorAction.REPLACE)), 1 << 16);
    }

    private static void line(Writer w, String line) {
        try {
            w.write(line);
            w.write(DatevFormat.CRLF);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flush(Writer w) {
        try {
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
