package org.backoffice.infra.it;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.backoffice.command.it.purchasing.Depreciation;
import org.backoffice.infra.schedules.ScheduleSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * IT's work that runs on time by itself, on db-scheduler like accounting's schedules: the monthly
 * depreciation of the fixed assets, checked every backoffice.schedules.check-interval, run on one
 * instance at a time, and run at once for the months missed while every instance was down.
 */
@Configuration(proxyBeanMethods = false)
public class ItSchedules {

    @Bean
    RecurringTask<Void> depreciationTask(Depreciation depreciation, ScheduleSettings settings) {
        return Tasks.recurring("backoffice-it-depreciation", FixedDelay.of(settings.checkInterval()))
                .execute((instance, context) -> depreciation.runDue());
    }
}
