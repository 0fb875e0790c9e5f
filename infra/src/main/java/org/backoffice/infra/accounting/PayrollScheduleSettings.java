package org.backoffice.infra.accounting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.UUID;

/**
 * The monthly payroll run by itself (backoffice.payroll.*): on dayOfMonth (the month's last day
 * when shorter), paying from the bank account to the salary expense account, from firstPeriod
 * (YYYY-MM; empty: the first month whose payday is still to come). Without a day, no schedule.
 */
@Validated
@ConfigurationProperties("backoffice.payroll")
public record PayrollScheduleSettings(@Min(1) @Max(31) Integer dayOfMonth, UUID bankAccountId,
                                      UUID salaryExpenseAccountId, String firstPeriod) {
}
