package org.backoffice.query.accounting.closing;

import org.backoffice.events.accounting.FiscalPeriodClosedEvent;
import org.backoffice.events.accounting.FiscalPeriodReopenedEvent;
import org.backoffice.events.accounting.FiscalPeriodSealedEvent;
import org.backoffice.events.accounting.PeriodSeal;
import org.backoffice.query.accounting.closing.ClosingViews.DigestCheck;
import org.backoffice.query.accounting.closing.ClosingViews.VerificationView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Verifies a period's seal: reads the seal and its close from the books' own events (not from a
 * read model, which is derived and could be edited unnoticed), rebuilds every part from the
 * events up to the sealed position and compares. A part that is not reproduced is named with
 * what differs in it: the aggregate types whose stream heads changed, the accounts whose
 * movements changed, the booking days whose journal changed, the VAT boxes.
 */
@Component
public class PeriodVerification {

    private static final int MAX_DIFFERENCES = 20;
    private final JdbcTemplate jdbc;
    private final StoredEvents events;
    private final PeriodDigests digests;

    PeriodVerification(JdbcTemplate jdbc, StoredEvents events, PeriodDigests digests) {
        this.jdbc = jdbc;
        this.events = events;
        this.digests = digests;
    }

    private record Sealed(FiscalPeriodClosedEvent close, FiscalPeriodSealedEvent seal) {
    }

    /** Per period that is closed now, its close and the seal of that close (or none yet). */
    private Map<String, Sealed> sealedPeriods() {
        Map<String, Sealed> periods = new LinkedHashMap<>();
        jdbc.query("select " + StoredEvents.COLUMNS + " from domain_event_entry where aggregate_identifier = ? "
                + "order by sequence_number", rs -> {
            Object e = events.payload(rs);
            if (e instanceof FiscalPeriodClosedEvent c) {
                periods.put(key(c.year(), c.period()), new Sealed(c, null));
            } else if (e instanceof FiscalPeriodReopenedEvent r) {
                periods.remove(key(r.year(), r.period()));
            } else if (e instanceof FiscalPeriodSealedEvent s) {
                Sealed closed = periods.get(key(s.year(), s.period()));
                if (closed != null && closed.close().closing() == s.closing()) {
                    periods.put(key(s.year(), s.period()), new Sealed(closed.close(), s));
                }
            }
        }, BOOKS_ID);
        return periods;
    }

    /** The books' aggregate id (command side's Books.ID, the same name-based UUID). */
    static final String BOOKS_ID = UUID.nameUUIDFromBytes("books".getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();

    private static String key(int year, int period) {
        return "%d/%02d".formatted(year, period);
    }

    public VerificationView verify(int year, int period) {
        Sealed sealed = sealedPeriods().get(key(year, period));
        if (sealed == null || sealed.seal() == null) {
            return new VerificationView(year, period, key(year, period), "NOT_SEALED", null, List.of(), 0);
        }
        return verify(sealed);
    }

    /** Every sealed period's verification, for the audit's integrity check. */
    public List<VerificationView> verifyAll() {
        return sealedPeriods().values().stream().filter(s -> s.seal() != null).map(this::verify).toList();
    }

    private VerificationView verify(Sealed sealed) {
        long started = System.nanoTime();
        FiscalPeriodClosedEvent c = sealed.close();
        PeriodSeal was = sealed.seal().seal();
        PeriodSeal now = digests.take(c.coversFrom(), c.to(), was.position());
        List<DigestCheck> checks = List.of(
                check("chainHeads", was.chainHeads(), now.chainHeads(),
                        differences(was.headsByType(), now.headsByType(), "streams of")),
                check("trialBalance", was.trialBalance(), now.trialBalance(), accountDifferences(was, now)),
                check("journal", was.journal(), now.journal(), differences(was.days(), now.days(), "entries booked on")),
                check("vatReturn", was.vatReturn(), now.vatReturn(), vatDifferences(was, now)));
        boolean reproduced = checks.stream().allMatch(DigestCheck::reproduced);
        return new VerificationView(c.year(), c.period(), key(c.year(), c.period()), reproduced ? "REPRODUCED" : "DIFFERS",
                was.position(), checks, (System.nanoTime() - started) / 1_000_000);
    }

    private static DigestCheck check(String part, String sealed, String rebuilt, List<String> differences) {
        boolean same = sealed.equals(rebuilt);
        return new DigestCheck(part, sealed, rebuilt, same, same ? List.of() : differences);
    }

    private static List<String> differences(List<PeriodSeal.Digest> was, List<PeriodSeal.Digest> now, String what) {
        Map<String, PeriodSeal.Digest> before = was.stream().collect(Collectors.toMap(PeriodSeal.Digest::name, Function.identity()));
        Map<String, PeriodSeal.Digest> after = now.stream().collect(Collectors.toMap(PeriodSeal.Digest::name, Function.identity()));
        java.util.TreeSet<String> names = new java.util.TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        List<String> out = new ArrayList<>();
        for (String name : names) {
            PeriodSeal.Digest b = before.get(name);
            PeriodSeal.Digest a = after.get(name);
            if (b == null || a == null || !b.digest().equals(a.digest())) {
                out.add(what + " " + name + ": sealed " + (b == null ? 0 : b.count()) + ", now " + (a == null ? 0 : a.count())
                        + (b != null && a != null && b.count() == a.count() ? " (their content differs)" : ""));
            }
            if (out.size() == MAX_DIFFERENCES) {
                break;
            }
        }
        return out;
    }

    private List<String> accountDifferences(PeriodSeal was, PeriodSeal now) {
        Map<String, PeriodSeal.AccountMovement> before = new HashMap<>();
        was.accounts().forEach(m -> before.put(m.accountId() + " " + m.currency(), m));
        Map<String, PeriodSeal.AccountMovement> after = new HashMap<>();
        now.accounts().forEach(m -> after.put(m.accountId() + " " + m.currency(), m));
        java.util.TreeSet<String> keys = new java.util.TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        Map<UUID, String> names = new HashMap<>();
        jdbc.query("select id, number, name from account_view", rs -> {
            names.put(rs.getObject(1, UUID.class), rs.getString(2) + " " + rs.getString(3));
        });
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            PeriodSeal.AccountMovement b = before.get(key);
            PeriodSeal.AccountMovement a = after.get(key);
            if (!Objects.equals(b, a) && out.size() < MAX_DIFFERENCES) {
                PeriodSeal.AccountMovement any = b != null ? b : a;
                out.add("account " + names.getOrDefault(any.accountId(), any.accountId().toString()) + " ("
                        + any.currency() + "): sealed " + sums(b) + ", now " + sums(a));
            }
        }
        return out;
    }

    private static String sums(PeriodSeal.AccountMovement m) {
        return m == null ? "no movement" : "debits " + m.debits().toPlainString() + " credits " + m.credits().toPlainString();
    }

    private static List<String> vatDifferences(PeriodSeal was, PeriodSeal now) {
        Map<String, PeriodSeal.VatBox> before = new HashMap<>();
        was.vat().forEach(b -> before.put(b.box(), b));
        Map<String, PeriodSeal.VatBox> after = new HashMap<>();
        now.vat().forEach(b -> after.put(b.box(), b));
        java.util.TreeSet<String> boxes = new java.util.TreeSet<>(before.keySet());
        boxes.addAll(after.keySet());
        List<String> out = new ArrayList<>();
        for (String box : boxes) {
            if (!Objects.equals(before.get(box), after.get(box))) {
                out.add("box " + box + ": sealed " + box(before.get(box)) + ", now " + box(after.get(box)));
            }
        }
        if (was.vatPayable().compareTo(now.vatPayable()) != 0) {
            out.add("payable: sealed " + was.vatPayable().toPlainString() + ", now " + now.vatPayable().toPlainString());
        }
        return out;
    }

    private static String box(PeriodSeal.VatBox b) {
        return b == null ? "nothing" : "base " + text(b.base()) + " tax " + text(b.tax());
    }

    private static String text(BigDecimal v) {
        return v == null ? "-" : v.toPlainString();
    }

    public Optional<PeriodSeal> currentSeal(int year, int period) {
        return Optional.ofNullable(sealedPeriods().get(key(year, period))).map(Sealed::seal).map(FiscalPeriodSealedEvent::seal);
    }
}
