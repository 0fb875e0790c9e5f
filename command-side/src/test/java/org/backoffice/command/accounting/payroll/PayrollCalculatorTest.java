package org.backoffice.command.accounting.payroll;

import org.backoffice.command.hr.employment.EmployeeDirectory.Entry;
import org.backoffice.command.hr.employment.EmployeeDirectory.SalaryStep;
import org.backoffice.events.common.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PayrollCalculatorTest {

    private static Entry employee(LocalDate hired, LocalDate lastDay, SalaryStep... steps) {
        return new Entry(UUID.randomUUID(), hired, lastDay, List.of(steps));
    }

    private static SalaryStep salary(String from, String amount) {
        return new SalaryStep(LocalDate.parse(from), Money.of(amount, "EUR"));
    }

    private static String pay(Entry e, String period) {
        return PayrollCalculator.payFor(e, YearMonth.parse(period)).map(p -> p.amount().amount().toPlainString()).orElse("none");
    }

    @Test
    void aWholeMonthPaysExactlyTheMonthlySalary() {
        Entry e = employee(LocalDate.of(2025, 1, 1), null, salary("2025-01-01", "3333.33"));
        assertThat(pay(e, "2026-11")).isEqualTo("3333.33");
        assertThat(pay(e, "2026-02")).isEqualTo("3333.33");
    }

    @Test
    void aHireDuringTheMonthIsPaidFromTheStartDate() {
        // 17 of 30 days of November: 3000 * 17 / 30
        Entry e = employee(LocalDate.of(2026, 11, 14), null, salary("2026-11-14", "3000"));
        assertThat(pay(e, "2026-11")).isEqualTo("1700.00");
        assertThat(PayrollCalculator.payFor(e, YearMonth.of(2026, 11)).orElseThrow().daysEmployed()).isEqualTo(17);
    }

    @Test
    void aTerminationDuringTheMonthIsPaidUpToTheLastDayInclusive() {
        // 10 of 31 days of October: 4000 * 10 / 31 = 1290.3225... -> 1290.32
        Entry e = employee(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 10, 10), salary("2026-01-01", "4000"));
        assertThat(pay(e, "2026-10")).isEqualTo("1290.32");
        assertThat(pay(e, "2026-11")).isEqualTo("none");
    }

    @Test
    void hireAndTerminationInTheSameMonth() {
        // 3rd to 12th of June: 10 of 30 days
        Entry e = employee(LocalDate.of(2026, 6, 3), LocalDate.of(2026, 6, 12), salary("2026-06-03", "3000"));
        assertThat(pay(e, "2026-06")).isEqualTo("1000.00");
    }

    @Test
    void aSalaryChangeMidPeriodPaysEachDayAtTheSalaryInForce() {
        // 15 days at 5000 and 16 at 6000 of 31: (75000 + 96000) / 31 = 5516.129... -> 5516.13
        Entry e = employee(LocalDate.of(2026, 1, 1), null, salary("2026-01-01", "5000"), salary("2026-10-16", "6000"));
        assertThat(pay(e, "2026-10")).isEqualTo("5516.13");
    }

    @Test
    void aLeapYearFebruaryHas29DaysToProRateOver() {
        // hired 15 Feb 2028: 15 of 29 days; 2900 * 15 / 29 = 1500
        Entry leap = employee(LocalDate.of(2028, 2, 15), null, salary("2028-02-15", "2900"));
        assertThat(pay(leap, "2028-02")).isEqualTo("1500.00");
        // the same hire in 2027: 14 of 28 days
        Entry plain = employee(LocalDate.of(2027, 2, 15), null, salary("2027-02-15", "2800"));
        assertThat(pay(plain, "2027-02")).isEqualTo("1400.00");
    }

    @Test
    void theLastDayOfALeapFebruaryIsPaid() {
        Entry e = employee(LocalDate.of(2028, 2, 29), null, salary("2028-02-29", "2900"));
        assertThat(pay(e, "2028-02")).isEqualTo("100.00");
    }

    @Test
    void theSumIsRoundedOnceToTheMinorUnit() {
        // 0.05 * 10 / 31 = 0.0161... -> 0.02
        Entry tiny = employee(LocalDate.of(2026, 10, 22), null, salary("2026-10-22", "0.05"));
        assertThat(pay(tiny, "2026-10")).isEqualTo("0.02");
        // 0.62 * 25 / 31 = 0.50 exactly
        Entry exact = employee(LocalDate.of(2026, 10, 7), null, salary("2026-10-07", "0.62"));
        assertThat(pay(exact, "2026-10")).isEqualTo("0.50");
        // 0.01 * 16 / 31 = 0.0051... -> 0.01
        Entry cent = employee(LocalDate.of(2026, 10, 16), null, salary("2026-10-16", "0.01"));
        assertThat(pay(cent, "2026-10")).isEqualTo("0.01");
    }

    @Test
    void exactHalvesRoundUp() {
        // 0.05 * 15 / 30 = 0.025 -> 0.03 half-up (half-even would give 0.02)
        Entry e = employee(LocalDate.of(2026, 11, 16), null, salary("2026-11-16", "0.05"));
        assertThat(pay(e, "2026-11")).isEqualTo("0.03");
    }

    @Test
    void someoneNotEmployedInThePeriodIsNotPaid() {
        Entry later = employee(LocalDate.of(2026, 12, 1), null, salary("2026-12-01", "3000"));
        Entry earlier = employee(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 10, 31), salary("2020-01-01", "3000"));
        assertThat(pay(later, "2026-11")).isEqualTo("none");
        assertThat(pay(earlier, "2026-11")).isEqualTo("none");
    }

    @Test
    void unpaidLeaveIsNotPaidForItsCalendarDays() {
        // 3000 in a 30-day month, 5 calendar days unpaid (a weekend included): 3000 * 25 / 30
        Entry e = new Entry(UUID.randomUUID(), LocalDate.of(2025, 1, 1), null, false,
                List.of(salary("2025-01-01", "3000")),
                List.of(new org.backoffice.command.hr.employment.EmployeeDirectory.UnpaidLeave(LocalDate.of(2026, 9, 10),
                        LocalDate.of(2026, 9, 14))), null);
        assertThat(pay(e, "2026-09")).isEqualTo("2500.00");
        assertThat(PayrollCalculator.payFor(e, YearMonth.of(2026, 9)).orElseThrow().daysEmployed()).isEqualTo(25);
        assertThat(pay(e, "2026-10")).isEqualTo("3000.00");
    }

    @Test
    void untakenLeaveIsPaidOutInTheMonthOfTheLastDay() {
        // 6.5 days at 3250 * 3 / 65 = 150 a day: 975 on top of the whole month
        Entry e = new Entry(UUID.randomUUID(), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 9, 30), true,
                List.of(salary("2025-01-01", "3250")), List.of(), new java.math.BigDecimal("6.5"));
        PayrollCalculator.Pay pay = PayrollCalculator.payFor(e, YearMonth.of(2026, 9)).orElseThrow();
        assertThat(pay.amount().amount()).isEqualByComparingTo("4225.00");
        assertThat(pay.leavePayout().amount()).isEqualByComparingTo("975.00");
        assertThat(PayrollCalculator.payFor(e, YearMonth.of(2026, 8)).orElseThrow().leavePayout()).isNull();
    }

    @Test
    void aPaymentNamesTheEventsItWasComputedFrom() {
        // March 2026: the old salary to the 15th, the new one from the 16th, the last day the 31st with leave paid out.
        Entry e = new Entry(UUID.randomUUID(), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 3, 31), true,
                List.of(new SalaryStep(LocalDate.of(2025, 1, 1), Money.of("3000", "EUR"), "hired"),
                        new SalaryStep(LocalDate.of(2026, 3, 16), Money.of("3300", "EUR"), "raised"),
                        new SalaryStep(LocalDate.of(2026, 5, 1), Money.of("3600", "EUR"), "never paid")),
                List.of(), new java.math.BigDecimal("2"), "terminated", "settled");
        assertThat(PayrollCalculator.payFor(e, YearMonth.of(2026, 3)).orElseThrow().basis())
                .extracting(b -> b.role() + " " + b.eventId())
                .containsExactly("salary hired", "salary raised", "last day terminated", "leave payout settled");
        assertThat(PayrollCalculator.payFor(e, YearMonth.of(2026, 2)).orElseThrow().basis())
                .as("a month before the change and the last day: only the salary then")
                .extracting(b -> b.role() + " " + b.eventId()).containsExactly("salary hired");
    }
}
