package org.backoffice.command.accounting.closing;

import org.backoffice.events.accounting.PeriodSeal;

/** The commands of the fiscal years and their periods (handled by {@link BooksHandler}). */
public final class BooksCommands {

    private BooksCommands() {
    }

    /** A fiscal year starting on the first day of startMonth of year. */
    public record OpenFiscalYear(int year, int startMonth) {
    }

    public record ClosePeriod(int year, int period) {
    }

    public record ReopenPeriod(int year, int period, String reason) {
    }

    /** The seal taken of a period's close (closing, as in the close's event). */
    public record SealPeriod(int year, int period, long closing, PeriodSeal seal) {
    }
}
