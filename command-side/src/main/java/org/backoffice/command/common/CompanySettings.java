package org.backoffice.command.common;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * backoffice.company.name: the company as its bank knows it, the payer (debtor) of its SEPA
 * transfer files; recorded on each payment run and payroll run when it starts.
 */
@ConfigurationProperties("backoffice.company")
public record CompanySettings(@DefaultValue("Backoffice GmbH") String name) {
}
