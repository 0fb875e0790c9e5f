package org.backoffice.events.hr;

import java.math.BigDecimal;
import java.time.MonthDay;

/**
 * The rules of one employee's leave account, recorded when it opens so that later changes of the
 * settings do not rewrite history: the annual entitlement in working days, how many untaken days
 * carry over into the next year, and the day of that year on which carried days not taken by
 * then expire (BUrlG §7 (3): 31 March).
 */
public record LeaveRules(BigDecimal annualDays, BigDecimal carryOverLimit, MonthDay carryOverDeadline) {
}
