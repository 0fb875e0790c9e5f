package org.backoffice.command.accounting.closing;

import java.time.LocalDate;

/** The fiscal years of the books, as far as other departments need them. */
public interface FiscalYears {

    /**
     * The last day of the fiscal year the day lies in: from the fiscal years opened, else from
     * the first one's start carried forward, else 31 December.
     */
    LocalDate endOfFiscalYearContaining(LocalDate day);
}
