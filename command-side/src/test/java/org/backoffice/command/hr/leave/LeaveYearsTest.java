package org.backoffice.command.hr.leave;

import org.backoffice.events.hr.LeaveRules;
import org.backoffice.events.hr.LeaveYears;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The leave arithmetic both sides share (org.backoffice.events.hr.LeaveYears). */
class LeaveYearsTest {

    private static final LeaveRules RULES = new LeaveRules(new BigDecimal("30"), new BigDecimal("5"), MonthDay.of(3, 31));

    private static List<LocalDate> days(String first, int count) {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            days.add(LocalDate.parse(first).plusDays(i));
        }
        return days;
    }

    @Test
    void aFullYearHasTheWholeEntitlement() {
        LeaveYears years = new LeaveYears(LocalDate.of(2020, 1, 1), null, RULES, Map.of(), List.of());
        assertThat(years.entitlement(2026)).isEqualByComparingTo("30");
    }

    @Test
    void theYearOfJoiningIsProRatedByWholeMonthsAndAHalfDayRoundsUp() {
        // from 1 July: 6 whole months, 15 days
        assertThat(new LeaveYears(LocalDate.of(2026, 7, 1), null, RULES, Map.of(), List.of()).entitlement(2026))
                .isEqualByComparingTo("15");
        // from 15 July: 5 whole months (the sixth would end on 14 January), 12.5 rounded up
        assertThat(new LeaveYears(LocalDate.of(2026, 7, 15), null, RULES, Map.of(), List.of()).entitlement(2026))
                .isEqualByComparingTo("13");
        // 25 days a year from 1 February: 11 months, 22.9166.. rounded up to 23
        LeaveRules twentyFive = new LeaveRules(new BigDecimal("25"), BigDecimal.ZERO, MonthDay.of(3, 31));
        assertThat(new LeaveYears(LocalDate.of(2026, 2, 1), null, twentyFive, Map.of(), List.of()).entitlement(2026))
                .isEqualByComparingTo("23");
        // 25 days from 1 August: 5 months, 10.4166.. (less than half a day over a whole one: kept)
        assertThat(new LeaveYears(LocalDate.of(2026, 8, 1), null, twentyFive, Map.of(), List.of()).entitlement(2026))
                .isEqualByComparingTo("10.42");
    }

    @Test
    void theYearOfLeavingIsProRatedToo() {
        // leaving on 30 September: 9 months, 22.5 rounded up to 23
        assertThat(new LeaveYears(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 9, 30), RULES, Map.of(), List.of())
                .entitlement(2026)).isEqualByComparingTo("23");
        // a month from the 31st of January ends on the last day of February (BGB §188)
        assertThat(new LeaveYears(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), RULES, Map.of(), List.of())
                .entitlement(2026)).isEqualByComparingTo("3");
    }

    @Test
    void aChangedEntitlementHoldsFromItsYear() {
        LeaveYears years = new LeaveYears(LocalDate.of(2020, 1, 1), null, RULES, Map.of(2026, new BigDecimal("28")), List.of());
        assertThat(years.entitlement(2025)).isEqualByComparingTo("30");
        assertThat(years.entitlement(2027)).isEqualByComparingTo("28");
    }

    @Test
    void untakenDaysCarryOverUpToTheLimitAndExpireAfterTheDeadline() {
        // 2025: 20 of 30 taken, 10 left, 5 carried into 2026
        List<LocalDate> drawn = new ArrayList<>(days("2025-06-01", 20));
        LeaveYears years = new LeaveYears(LocalDate.of(2020, 1, 1), null, RULES, Map.of(), drawn);
        assertThat(years.carriedInto(2026)).isEqualByComparingTo("5");
        LeaveYears.Year march = years.asOf(LocalDate.of(2026, 3, 31));
        assertThat(march.remaining()).isEqualByComparingTo("35");
        LeaveYears.Year april = years.asOf(LocalDate.of(2026, 4, 1));
        assertThat(april.carryExpired()).isEqualByComparingTo("5");
        assertThat(april.remaining()).isEqualByComparingTo("30");
        // 2 days taken in February use the carried days first: only 3 expire
        drawn.addAll(days("2026-02-02", 2));
        LeaveYears used = new LeaveYears(LocalDate.of(2020, 1, 1), null, RULES, Map.of(), drawn);
        assertThat(used.asOf(LocalDate.of(2026, 4, 1)).carryExpired()).isEqualByComparingTo("3");
        assertThat(used.asOf(LocalDate.of(2026, 4, 1)).remaining()).isEqualByComparingTo("30");
        assertThat(used.remaining(2026)).isEqualByComparingTo("30");
    }

    @Test
    void overdrawnIsFoundInTheYearAndInTheYearsItsCarryFeeds() {
        List<LocalDate> drawn = new ArrayList<>(days("2025-06-01", 30));
        LeaveYears exact = new LeaveYears(LocalDate.of(2020, 1, 1), null, RULES, Map.of(), drawn);
        assertThat(exact.firstOverdrawnYear(2025)).isEmpty();
        drawn.add(LocalDate.of(2025, 12, 1));
        assertThat(new LeaveYears(LocalDate.of(2020, 1, 1), null, RULES, Map.of(), drawn).firstOverdrawnYear(2025)).contains(2025);
    }

    @Test
    void untakenAtTheEndCountsOnlyDaysUpToTheLastDay() {
        // leaving 30 June: 15 days; 4 taken in May, 3 planned in July (after the last day) do not count
        List<LocalDate> drawn = new ArrayList<>(days("2026-05-04", 4));
        drawn.addAll(days("2026-07-06", 3));
        LeaveYears years = new LeaveYears(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 6, 30), RULES, Map.of(), drawn);
        assertThat(years.untakenOn(LocalDate.of(2026, 6, 30))).isEqualByComparingTo("11");
    }
}
