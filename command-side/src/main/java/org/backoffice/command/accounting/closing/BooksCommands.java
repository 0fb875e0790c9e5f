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

    /** Close a fiscal year whose periods are all closed and sealed. */
    public record CloseFiscalYear(int year) {
    }

    /** What closing a year did: its profit and loss entry (or none), the result, how many balances were carried. */
    public record YearClosed(int year, java.util.UUID profitAndLossEntryId, java.math.BigDecimal result, String currency,
                             int carriedForward) {
    }

    /** The balances brought from before the books' first fiscal year, as lines of a journal entry. */
    public record EnterOpeningBalances(int year, java.util.UUID entryId,
                                       java.util.List<org.backoffice.command.accounting.ledger.PostJournalEntryCommand.Line> lines) {
    }

    /** The seal taken of a period's close (closing, as in the close's event). */
    public record SealPeriod(int year, int period, long closing, PeriodSeal seal) {
    }
}
