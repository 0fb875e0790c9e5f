package org.backoffice.infra.accounting;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.UUID;

/**
 * The monthly payroll run by itself (backoffice.payroll.*): on dayOfMonth (the month's last day
 * when shorter), paying from the bank account to the salary expense account, from firstPeriod
 * (YYYY-MM; empty: the first month whose payday is still to come). Without a day, no schedule;
 * PayrollSchedule refuses a day outside 1..31 or a missing account at start, naming the setting.
 */
@ConfigurationProperties("backoffice.payroll")
public record PayrollScheduleSettings(Integer dayOfMonth, UUID bankAccountId,
                                      UUID salaryExpenseAccountId, String firstPeriod) {
}
