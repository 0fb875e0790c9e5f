package org.backoffice.query.accounting.closing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.backoffice.events.accounting.EntryLeg;
import org.backoffice.events.accounting.EntrySide;
import org.backoffice.events.accounting.PeriodSeal;
import org.backoffice.events.accounting.TaxCodeDefinedEvent;
import org.backoffice.events.accounting.TransactionPostedEvent;
import org.backoffice.query.accounting.reports.VatBoxes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Takes a period's seal from the events themselves, up to a position: the same code takes the
 * seal at the close and rebuilds it to verify it, so a verification reproduces the seal exactly
 * unless a stored event was changed, removed or added since.
 *
 * <p>Each part is a SHA-256 over canonical lines (see {@link PeriodSeal}); amounts are written
 * without trailing zeros, an entry as its event's JSON (its fields in declaration order). The
 * period's entries are found through posting_date_lookup (written with each entry) and read from
 * the event table by their transaction's stream, so a seal reads the period, not the store; the
 * chain heads read every stream's last event up to the position (one index scan).
 */
@Component
public class PeriodDigests {

    private static final String POSTED = TransactionPostedEvent.class.getName();
    private static final String TAX_CODE_DEFINED = TaxCodeDefinedEvent.class.getName();

    private final JdbcTemplate jdbc;
    private final StoredEvents events;
    private final ObjectMapper json;
    private final TransactionTemplate readOnly;

    PeriodDigests(JdbcTemplate jdbc, StoredEvents events, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(1000);
        this.events = events;
        // Its own mapper, not the application's: a digest must not change with the web's JSON settings.
        this.json = com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The seal of the entries booked from..to as the events up to position have them. */
    public PeriodSeal take(LocalDate from, LocalDate to, long position) {
        return readOnly.execute(status -> {
            Digest heads = new Digest();
            Map<String, Digest> byType = new TreeMap<>();
            jdbc.query("""
                    select distinct on (aggregate_identifier) aggregate_identifier, type, sequence_number, hash
                    from domain_event_entry where global_index <= ? order by aggregate_identifier, sequence_number desc""",
                    rs -> {
                        String line = rs.getString(1) + ";" + rs.getLong(3) + ";" + HexFormat.of().formatHex(rs.getBytes(4));
                        heads.add(line);
                        String type = rs.getString(2) == null ? "-" : rs.getString(2);
                        byType.computeIfAbsent(type, t -> new Digest()).add(line);
                    }, position);
            Map<String, VatBoxes.TaxCodeBoxes> codes = new TreeMap<>();
            jdbc.query("select " + StoredEvents.COLUMNS + " from domain_event_entry where payload_type = ? and global_index <= ?",
                    rs -> {
                        TaxCodeDefinedEvent e = (TaxCodeDefinedEvent) events.payload(rs);
                        codes.put(e.code(), new VatBoxes.TaxCodeBoxes(e.kind(), e.baseBox(), e.taxBox(), e.inputTaxBox()));
                    }, TAX_CODE_DEFINED, position);
            Digest journal = new Digest();
            Map<LocalDate, Digest> days = new TreeMap<>();
            Map<String, BigDecimal[]> accounts = new TreeMap<>(); // account;currency -> debits, credits
            Map<String, BigDecimal[]> taxes = new TreeMap<>(); // code;role -> debits, credits
            jdbc.query("select " + StoredEvents.COLUMNS.replace("global_index", "e.global_index") + " " + """
                     from posting_date_lookup l join domain_event_entry e on e.aggregate_identifier = l.transaction_id::text
                     where l.booking_date between ? and ? and e.payload_type = ? and e.global_index <= ?
                     order by e.global_index""", rs -> {
                TransactionPostedEvent e = (TransactionPostedEvent) events.payload(rs);
                if (e.bookingDate().isBefore(from) || e.bookingDate().isAfter(to)) {
                    return; // the lookup and the event disagree: the journal digest will show it
                }
                String line = canonical(e);
                journal.add(line);
                days.computeIfAbsent(e.bookingDate(), d -> new Digest()).add(line);
                for (EntryLeg leg : e.legs()) {
                    int side = leg.side() == EntrySide.DEBIT ? 0 : 1;
                    BigDecimal[] sums = accounts.computeIfAbsent(leg.accountId() + ";" + leg.amount().currency(),
                            k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                    sums[side] = sums[side].add(leg.amount().amount());
                    if (leg.taxCode() != null && leg.taxRole() != null) {
                        BigDecimal[] tax = taxes.computeIfAbsent(leg.taxCode() + ";" + leg.taxRole(),
                                k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                        tax[side] = tax[side].add(leg.amount().amount());
                    }
                }
            }, from, to, POSTED, position);
            Digest trialBalance = new Digest();
            List<PeriodSeal.AccountMovement> movements = new ArrayList<>();
            accounts.forEach((key, sums) -> {
                String[] k = key.split(";");
                movements.add(new PeriodSeal.AccountMovement(UUID.fromString(k[0]), k[1], plain(sums[0]), plain(sums[1])));
                trialBalance.add(key + ";" + plain(sums[0]).toPlainString() + ";" + plain(sums[1]).toPlainString());
            });
            VatBoxes vat = new VatBoxes();
            taxes.forEach((key, sums) -> {
                String[] k = key.split(";");
                VatBoxes.TaxCodeBoxes code = codes.get(k[0]);
                if (code != null) {
                    vat.add(code, k[1], sums[0], sums[1]);
                }
            });
            Digest vatReturn = new Digest();
            List<PeriodSeal.VatBox> boxes = new ArrayList<>();
            for (VatBoxes.Box b : vat.boxes()) {
                boxes.add(new PeriodSeal.VatBox(b.box(), plainOrNull(b.base()), plainOrNull(b.tax())));
                vatReturn.add(b.box() + ";" + text(b.base()) + ";" + text(b.tax()));
            }
            vatReturn.add("payable;" + plain(vat.payable()).toPlainString());
            List<PeriodSeal.Digest> typeDigests = byType.entrySet().stream()
                    .map(t -> new PeriodSeal.Digest(t.getKey(), t.getValue().count, t.getValue().hex())).toList();
            List<PeriodSeal.Digest> dayDigests = days.entrySet().stream()
                    .map(d -> new PeriodSeal.Digest(d.getKey().toString(), d.getValue().count, d.getValue().hex())).toList();
            return new PeriodSeal(position, heads.hex(), heads.count, typeDigests, trialBalance.hex(), movements,
                    journal.hex(), journal.count, dayDigests, vatReturn.hex(), boxes, plain(vat.payable()));
        });
    }

    private String canonical(TransactionPostedEvent e) {
        try {
            return json.writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static BigDecimal plainOrNull(BigDecimal v) {
        return v == null ? null : plain(v);
    }

    private static String text(BigDecimal v) {
        return v == null ? "" : plain(v).toPlainString();
    }

    /** A SHA-256 over lines, each ended by a line feed, and their count. */
    private static final class Digest {
        private final MessageDigest sha;
        long count;

        Digest() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        void add(String line) {
            sha.update(line.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            count++;
        }

        String hex() {
            return HexFormat.of().formatHex(sha.digest());
        }
    }
}
