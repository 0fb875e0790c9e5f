package org.backoffice.infra.accounting;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PayrollScheduleRulesTest {

    @Test
    void aPaydayPastTheMonthsEndIsItsLastDay() {
        assertThat(PayrollSchedule.payday(YearMonth.of(2026, 2), 31)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(PayrollSchedule.payday(YearMonth.of(2028, 2), 30)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(PayrollSchedule.payday(YearMonth.of(2026, 4), 25)).isEqualTo(LocalDate.of(2026, 4, 25));
    }

    @Test
    void aScheduleSwitchedOnAfterThisMonthsPaydayStartsNextMonth() {
        assertThat(PayrollSchedule.startingPeriod(LocalDate.of(2026, 3, 24), 25, null)).isEqualTo(YearMonth.of(2026, 3));
        assertThat(PayrollSchedule.startingPeriod(LocalDate.of(2026, 3, 25), 25, null)).isEqualTo(YearMonth.of(2026, 4));
        assertThat(PayrollSchedule.startingPeriod(LocalDate.of(2026, 3, 30), 25, YearMonth.of(2026, 1)))
                .as("a configured first period wins").isEqualTo(YearMonth.of(2026, 1));
    }

    @Test
    void aScheduleNeedsADayOfTheMonthAndBothAccounts() {
        assertThatThrownBy(() -> new PayrollSchedule(null, null, null, 32, java.util.UUID.randomUUID(),
                java.util.UUID.randomUUID(), null)).hasMessageContaining("1..31");
        assertThatThrownBy(() -> new PayrollSchedule(null, null, null, 25, null, java.util.UUID.randomUUID(), null))
                .hasMessageContaining("bank-account-id");
    }
}
