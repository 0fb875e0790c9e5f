package org.backoffice.infra.hr;

import org.backoffice.command.hr.recruiting.Applicant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/** backoffice.recruiting.retention: how long a rejected or withdrawn applicant's personal data is kept. */
@Configuration(proxyBeanMethods = false)
class RecruitingConfiguration {

    @ConfigurationProperties("backoffice.recruiting")
    record RecruitingProperties(@DefaultValue("180d") Duration retention) {
    }

    @Bean
    Applicant.RecruitingSettings recruitingSettings(RecruitingProperties properties) {
        return new Applicant.RecruitingSettings(properties.retention());
    }
}
