package org.backoffice.infra.accounting;

import org.backoffice.infra.schedules.ScheduleSettings;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.UUID;

/**
 * Accounting's payments that run on time by themselves (supplier standing orders, the monthly
 * payroll), on db-scheduler (the durable, cluster-safe scheduler
 * in PostgreSQL that Axon's deadlines already use): a recurring task per schedule checks every
 * backoffice.schedules.check-interval what is due. db-scheduler runs each check on one instance,
 * and a check that was due while every instance was down runs as soon as one starts.
 */
@Configuration(proxyBeanMethods = false)
public class AccountingSchedules {

    @Bean
    StandingOrderSchedule standingOrderSchedule(CommandGateway commands, QueryGateway queries, Clock clock) {
        return new StandingOrderSchedule(commands, queries, clock);
    }

    @Bean
    RecurringTask<Void> standingOrderScheduleTask(StandingOrderSchedule schedule,
                                                  ScheduleSettings settings) {
        return Tasks.recurring("backoffice-standing-orders", FixedDelay.of(settings.checkInterval()))
                .execute((instance, context) -> schedule.runDue());
    }

    @Bean
    PeriodSealer periodSealer(CommandGateway commands, org.backoffice.query.accounting.closing.PeriodDigests digests,
                              org.backoffice.query.audit.AuditLog log, JdbcTemplate jdbc) {
        return new PeriodSealer(commands, digests, log, jdbc);
    }

    /** Closed periods are sealed within about a second of their close (one cheap query a second otherwise). */
    @Bean
    RecurringTask<Void> periodSealTask(PeriodSealer sealer) {
        return Tasks.recurring("backoffice-period-seals", FixedDelay.ofSeconds(1))
                .execute((instance, context) -> sealer.sealDue());
    }

    @Bean
    @ConditionalOnProperty("backoffice.payroll.day-of-month")
    PayrollSchedule payrollSchedule(CommandGateway commands, JdbcTemplate jdbc, Clock clock,
                                    PayrollScheduleSettings payroll, org.backoffice.command.common.CompanySettings company) {
        String first = payroll.firstPeriod();
        return new PayrollSchedule(commands, jdbc, clock, payroll.dayOfMonth(), payroll.bankAccountId(),
                payroll.salaryExpenseAccountId(), first == null || first.isBlank() ? null : YearMonth.parse(first.strip()),
                company.name());
    }

    @Bean
    @ConditionalOnProperty("backoffice.payroll.day-of-month")
    RecurringTask<Void> payrollScheduleTask(PayrollSchedule schedule,
                                            ScheduleSettings settings) {
        return Tasks.recurring("backoffice-payroll-schedule", FixedDelay.of(settings.checkInterval()))
                .execute((instance, context) -> schedule.runDue());
    }
}
