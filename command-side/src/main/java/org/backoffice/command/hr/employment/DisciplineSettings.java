package org.backoffice.command.hr.employment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * backoffice.hr.discipline.*: warning-validity-months (default 24), how long a disciplinary
 * action counts after its date. Each action records its expiry when it is recorded, so changing
 * the setting affects only actions recorded afterwards.
 */
@ConfigurationProperties("backoffice.hr.discipline")
public record DisciplineSettings(@DefaultValue("24") int warningValidityMonths) {

    public DisciplineSettings {
        if (warningValidityMonths < 1) {
            throw new IllegalArgumentException("backoffice.hr.discipline.warning-validity-months must be at least 1, not "
                    + warningValidityMonths);
        }
    }
}
