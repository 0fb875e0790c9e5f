package org.backoffice.command.hr.leave;

import org.backoffice.events.hr.LeaveRules;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;

/**
 * backoffice.hr.leave.*: the rules a leave account opens with (annual-days, carry-over-limit,
 * carry-over-deadline as MM-DD), the German state whose public holidays are not working days
 * (state: a two-letter code such as NW, BY, BE), and whether untaken leave is paid out with the
 * final payroll (pay-out-untaken).
 */
@ConfigurationProperties("backoffice.hr.leave")
public record LeaveSettings(@DefaultValue("30") BigDecimal annualDays,
                            @DefaultValue("5") BigDecimal carryOverLimit,
                            @DefaultValue("03-31") String carryOverDeadline,
                            @DefaultValue("NW") String state,
                            @DefaultValue("true") boolean payOutUntaken) {

    public LeaveSettings {
        if (annualDays.signum() < 0 || carryOverLimit.signum() < 0) {
            throw new IllegalArgumentException("backoffice.hr.leave: annual-days and carry-over-limit cannot be negative");
        }
        deadline(carryOverDeadline);
    }

    private static MonthDay deadline(String text) {
        try {
            return MonthDay.parse("--" + text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("backoffice.hr.leave.carry-over-deadline must be MM-DD, not " + text, e);
        }
    }

    public LeaveRules rules() {
        return new LeaveRules(annualDays, carryOverLimit, deadline(carryOverDeadline));
    }
}
