package org.backoffice.command.common;

import java.time.LocalDate;
import java.time.YearMonth;

/** The day a monthly payment falls on: its day of the month, or the month's last day when it has fewer. */
public final class Payday {

    private Payday() {
    }

    public static LocalDate of(YearMonth month, int dayOfMonth) {
        return month.atDay(Math.min(dayOfMonth, month.lengthOfMonth()));
    }
}
