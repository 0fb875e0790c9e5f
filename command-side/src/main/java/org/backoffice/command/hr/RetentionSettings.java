package org.backoffice.command.hr;

import org.backoffice.events.hr.PlannedErasure;
import org.backoffice.events.hr.RetentionClass;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.LocalDate;
import java.util.List;

/**
 * backoffice.hr.retention.*: how long each class of a former employee's personal data is kept.
 * hr-file-years (default 3): the personnel file, counted from the end of the year of the last
 * day, as long as claims from the employment can be raised (BGB §195, §199). payroll-years
 * (default 10): the name and bank details the payroll and the books show, counted from the end
 * of the fiscal year of the last payment (or of the last day, if later), as long as the books
 * are kept (HGB §257 (4), AO §147 (3)).
 */
@ConfigurationProperties("backoffice.hr.retention")
public record RetentionSettings(@DefaultValue("3") int hrFileYears, @DefaultValue("10") int payrollYears) {

    public RetentionSettings {
        if (hrFileYears < 0 || payrollYears < 0) {
            throw new IllegalArgumentException("backoffice.hr.retention: the years cannot be negative");
        }
    }

    /** The plan for an employment that ended on lastDay and was last paid for a period ending on lastPaidOn (may be null). */
    public List<PlannedErasure> plan(LocalDate lastDay, LocalDate lastPaidOn,
                                     java.util.function.UnaryOperator<LocalDate> endOfFiscalYear) {
        LocalDate hrFileUntil = LocalDate.of(lastDay.getYear() + hrFileYears, 12, 31);
        LocalDate payrollStart = lastPaidOn != null && lastPaidOn.isAfter(lastDay) ? lastPaidOn : lastDay;
        LocalDate payrollUntil = endOfFiscalYear.apply(payrollStart).plusYears(payrollYears);
        return List.of(
                new PlannedErasure(RetentionClass.HR_FILE, lastDay, hrFileUntil,
                        hrFileYears + " years from the end of the year of the last day (BGB §195, §199: claims from the employment)"),
                new PlannedErasure(RetentionClass.PAYROLL, payrollStart, payrollUntil,
                        payrollYears + " years from the end of the fiscal year of the last payment (HGB §257, AO §147: the books)"));
    }
}
