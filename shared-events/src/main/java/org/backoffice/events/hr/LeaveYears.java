package org.backoffice.events.hr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The arithmetic of an annual-leave account, shared by the command side (which refuses a leave
 * the balance does not allow) and the read model (which shows the balance): both must count the
 * same. Working days in, days out; no calendar, no storage.
 * <ul>
 * <li>Entitlement: the annual days in force for the year (the latest change from that year or
 * before, else the account's rule); in a year of joining or leaving, one twelfth per whole month
 * of employment in it (BUrlG §5 (1); months counted from the first day, BGB §188), a fraction of
 * half a day or more rounded up to a whole day (§5 (2)), a smaller one kept.</li>
 * <li>Carry-over: what is left of a year, at most the limit, carries into the next; days taken
 * in a year use the carried days first; carried days not taken by the deadline expire.</li>
 * </ul>
 */
public final class LeaveYears {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    /**
     * One year as of a day: remaining = entitlement + carriedOver - carryExpired - taken - planned
     * (planned: approved days after that day).
     */
    public record Year(int year, BigDecimal entitlement, BigDecimal carriedOver, BigDecimal carryExpired,
                       BigDecimal taken, BigDecimal planned, BigDecimal remaining) {
    }

    private final LocalDate hiredOn;
    private final LocalDate lastDay;
    private final LeaveRules rules;
    private final NavigableMap<Integer, BigDecimal> changes;
    private final NavigableMap<LocalDate, Integer> drawn = new TreeMap<>();
    private final Map<Integer, BigDecimal> remainingCache = new java.util.HashMap<>();

    /** drawnDays: the working days of annual leave counted (a day may appear once per leave). */
    public LeaveYears(LocalDate hiredOn, LocalDate lastDay, LeaveRules rules, Map<Integer, BigDecimal> changes,
                      Collection<LocalDate> drawnDays) {
        this.hiredOn = hiredOn;
        this.lastDay = lastDay;
        this.rules = rules;
        this.changes = new TreeMap<>(changes);
        drawnDays.forEach(d -> drawn.merge(d, 1, Integer::sum));
    }

    public BigDecimal annualDays(int year) {
        Map.Entry<Integer, BigDecimal> change = changes.floorEntry(year);
        return change != null ? change.getValue() : rules.annualDays();
    }

    /** The year's entitlement, pro-rated in the years of joining and leaving. */
    public BigDecimal entitlement(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate from = hiredOn.isAfter(first) ? hiredOn : first;
        LocalDate to = lastDay != null && lastDay.isBefore(last) ? lastDay : last;
        if (from.isAfter(to)) {
            return BigDecimal.ZERO;
        }
        BigDecimal annual = annualDays(year);
        if (from.equals(first) && to.equals(last)) {
            return annual;
        }
        BigDecimal share = annual.multiply(BigDecimal.valueOf(wholeMonths(from, to))).divide(TWELVE, 4, RoundingMode.HALF_UP);
        BigDecimal whole = share.setScale(0, RoundingMode.FLOOR);
        return share.subtract(whole).compareTo(HALF) >= 0 ? whole.add(BigDecimal.ONE)
                : share.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** Whole months of employment from 'from' through 'to' (a month from the 31st ends on the last day of the next month). */
    static int wholeMonths(LocalDate from, LocalDate to) {
        int months = 0;
        while (true) {
            LocalDate next = from.plusMonths(months + 1);
            LocalDate end = next.getDayOfMonth() != from.getDayOfMonth() ? next : next.minusDays(1);
            if (end.isAfter(to)) {
                return months;
            }
            months++;
        }
    }

    public LocalDate deadline(int year) {
        return rules.carryOverDeadline().atYear(year);
    }

    private BigDecimal drawnBetween(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(drawn.subMap(from, true, to, true).values().stream().mapToInt(Integer::intValue).sum());
    }

    private BigDecimal drawnIn(int year) {
        return drawnBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Days carried into the year from the one before (none into the year of joining). */
    public BigDecimal carriedInto(int year) {
        if (year <= hiredOn.getYear()) {
            return BigDecimal.ZERO;
        }
        return remaining(year - 1).max(BigDecimal.ZERO).min(rules.carryOverLimit());
    }

    private BigDecimal carryUsed(int year) {
        return carriedInto(year).min(drawnBetween(LocalDate.of(year, 1, 1), deadline(year)));
    }

    /** What is left of the year once every day drawn in it is counted (the carried days it did not use by the deadline lost). */
    public BigDecimal remaining(int year) {
        BigDecimal cached = remainingCache.get(year);
        if (cached == null) {
            cached = entitlement(year).add(carryUsed(year)).subtract(drawnIn(year));
            remainingCache.put(year, cached);
        }
        return cached;
    }

    /** The balance of the day's year as of that day. */
    public Year asOf(LocalDate day) {
        int year = day.getYear();
        BigDecimal carried = carriedInto(year);
        BigDecimal expired = day.isAfter(deadline(year)) ? carried.subtract(carryUsed(year)) : BigDecimal.ZERO;
        BigDecimal taken = drawnBetween(LocalDate.of(year, 1, 1), day);
        BigDecimal planned = drawnBetween(day.plusDays(1), LocalDate.of(year, 12, 31));
        BigDecimal entitlement = entitlement(year);
        return new Year(year, entitlement, carried, expired, taken, planned,
                entitlement.add(carried).subtract(expired).subtract(taken).subtract(planned));
    }

    /** The days left untaken when the employment ends on lastDay (days drawn after it do not count). */
    public BigDecimal untakenOn(LocalDate day) {
        Year year = asOf(day);
        return year.remaining().add(year.planned());
    }

    /** The first year from 'fromYear' on whose days drawn exceed what it allows, if any. */
    public java.util.Optional<Integer> firstOverdrawnYear(int fromYear) {
        int through = drawn.isEmpty() ? fromYear : Math.max(fromYear, drawn.lastKey().getYear());
        for (int year = fromYear; year <= through; year++) {
            if (remaining(year).signum() < 0) {
                return java.util.Optional.of(year);
            }
        }
        return java.util.Optional.empty();
    }
}
