package org.backoffice.command.accounting.payroll;

import org.backoffice.command.hr.employment.EmployeeDirectory;
import org.backoffice.command.hr.employment.EmployeeDirectory.SalaryStep;
import org.backoffice.events.common.Money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One employee's pay for a month: for every calendar day employed, the monthly salary in force
 * that day divided by the days of the month; the sum rounded half-up once, to the currency's
 * minor unit. A whole month pays exactly the monthly salary; 29 February counts as a day.
 */
public final class PayrollCalculator {

    private PayrollCalculator() {
    }

    public record Pay(Money amount, int daysEmployed) {
    }

    public static Optional<Pay> payFor(EmployeeDirectory.Entry employee, YearMonth period) {
        LocalDate first = period.atDay(1);
        LocalDate last = period.atEndOfMonth();
        LocalDate from = employee.hiredOn().isAfter(first) ? employee.hiredOn() : first;
        LocalDate to = employee.lastDay() != null && employee.lastDay().isBefore(last) ? employee.lastDay() : last;
        if (from.isAfter(to) || employee.salaries().isEmpty()) {
            return Optional.empty();
        }
        List<SalaryStep> steps = employee.salaries().stream()
                .sorted(Comparator.comparing(SalaryStep::effectiveDate)).toList();
        String currency = steps.get(0).monthlySalary().currency();
        BigDecimal daysInMonth = BigDecimal.valueOf(period.lengthOfMonth());
        BigDecimal total = BigDecimal.ZERO;
        int days = 0;
        // Walk day ranges of constant salary: the salary changes only at a step's effective date.
        LocalDate day = from;
        while (!day.isAfter(to)) {
            SalaryStep inForce = inForceOn(steps, day);
            LocalDate nextChange = nextChangeAfter(steps, day);
            LocalDate rangeEnd = nextChange == null || nextChange.isAfter(to) ? to : nextChange.minusDays(1);
            int rangeDays = (int) (rangeEnd.toEpochDay() - day.toEpochDay() + 1);
            if (inForce != null) {
                if (!inForce.monthlySalary().currency().equals(currency)) {
                    throw new IllegalStateException("salary currency changed within the employment");
                }
                total = total.add(inForce.monthlySalary().amount().multiply(BigDecimal.valueOf(rangeDays)));
                days += rangeDays;
            }
            day = rangeEnd.plusDays(1);
        }
        int digits = Math.max(Money.currencyOf(currency).getDefaultFractionDigits(), 0);
        BigDecimal amount = total.divide(daysInMonth, MathContext.DECIMAL128).setScale(digits, RoundingMode.HALF_UP);
        return amount.signum() > 0 ? Optional.of(new Pay(new Money(amount, currency), days)) : Optional.empty();
    }

    private static SalaryStep inForceOn(List<SalaryStep> steps, LocalDate day) {
        SalaryStep found = null;
        for (SalaryStep s : steps) {
            if (!s.effectiveDate().isAfter(day)) {
                found = s;
            }
        }
        return found;
    }

    private static LocalDate nextChangeAfter(List<SalaryStep> steps, LocalDate day) {
        return steps.stream().map(SalaryStep::effectiveDate).filter(d -> d.isAfter(day)).findFirst().orElse(null);
    }
}
