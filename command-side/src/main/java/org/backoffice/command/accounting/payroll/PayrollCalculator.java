package org.backoffice.command.accounting.payroll;

import org.backoffice.command.hr.employment.EmployeeDirectory;
import org.backoffice.command.hr.employment.EmployeeDirectory.SalaryStep;
import org.backoffice.events.common.EventReference;
import org.backoffice.events.common.Money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One employee's pay for a month: for every calendar day employed and not on unpaid or parental
 * leave, the monthly salary in force that day divided by the days of the month; the sum rounded
 * half-up once, to the currency's minor unit. A whole month pays exactly the monthly salary;
 * 29 February counts as a day. In the month of the last day, untaken leave the settlement pays
 * out is added: per day, three monthly salaries over 65 working days (13 weeks of five days, the
 * reference period of BUrlG §11), at the salary of the last day.
 */
public final class PayrollCalculator {

    private static final BigDecimal THREE = BigDecimal.valueOf(3);
    private static final BigDecimal SIXTY_FIVE = BigDecimal.valueOf(65);

    private PayrollCalculator() {
    }

    /**
     * leavePayout: the part of amount that pays out untaken leave, or null. basis: the events the
     * amount was computed from (each salary step paid, the termination if the month ends early,
     * the leave settlement if paid out), where the directory knows them.
     */
    public record Pay(Money amount, int daysEmployed, Money leavePayout, List<EventReference> basis) {

        public Pay(Money amount, int daysEmployed, Money leavePayout) {
            this(amount, daysEmployed, leavePayout, List.of());
        }
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
        BigDecimal total = BigDecimal.ZERO;
        int days = 0;
        Set<SalaryStep> paid = new LinkedHashSet<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            SalaryStep inForce = inForceOn(steps, day);
            if (inForce == null || employee.unpaidOn(day)) {
                continue;
            }
            if (!inForce.monthlySalary().currency().equals(currency)) {
                throw new IllegalStateException("salary currency changed within the employment");
            }
            total = total.add(inForce.monthlySalary().amount());
            days++;
            paid.add(inForce);
        }
        int digits = Math.max(Money.currencyOf(currency).getDefaultFractionDigits(), 0);
        BigDecimal amount = total.divide(BigDecimal.valueOf(period.lengthOfMonth()), MathContext.DECIMAL128)
                .setScale(digits, RoundingMode.HALF_UP);
        Money payout = null;
        if (employee.leavePayoutDays() != null && employee.leavePayoutDays().signum() > 0 && employee.lastDay() != null
                && YearMonth.from(employee.lastDay()).equals(period) && inForceOn(steps, employee.lastDay()) != null) {
            BigDecimal monthly = inForceOn(steps, employee.lastDay()).monthlySalary().amount();
            payout = new Money(monthly.multiply(THREE).multiply(employee.leavePayoutDays())
                    .divide(SIXTY_FIVE, MathContext.DECIMAL128).setScale(digits, RoundingMode.HALF_UP), currency);
            amount = amount.add(payout.amount());
        }
        List<EventReference> basis = new ArrayList<>();
        paid.stream().filter(step -> step.eventId() != null)
                .forEach(step -> basis.add(EventReference.toEvent("salary", step.eventId())));
        if (employee.lastDayEventId() != null && to.equals(employee.lastDay())) {
            basis.add(EventReference.toEvent("last day", employee.lastDayEventId()));
        }
        if (payout != null && employee.leavePayoutEventId() != null) {
            basis.add(EventReference.toEvent("leave payout", employee.leavePayoutEventId()));
        }
        return amount.signum() > 0 ? Optional.of(new Pay(new Money(amount, currency), days, payout, List.copyOf(basis)))
                : Optional.empty();
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
}
