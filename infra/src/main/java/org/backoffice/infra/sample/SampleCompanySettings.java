package org.backoffice.infra.sample;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * backoffice.sample-company: fill an empty store with a sample company when the application is
 * ready (refused, and the start fails, when the store holds any event); backoffice.sample-company-seed:
 * the seed its names, amounts and days are drawn from, so that the same seed in the same month
 * gives the same company.
 */
@ConfigurationProperties("backoffice")
public record SampleCompanySettings(@DefaultValue("false") boolean sampleCompany,
                                    @DefaultValue("2026") long sampleCompanySeed) {
}
