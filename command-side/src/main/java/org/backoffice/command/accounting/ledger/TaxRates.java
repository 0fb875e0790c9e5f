package org.backoffice.command.accounting.ledger;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The tax codes' rates as a posting needs them: read from a lookup table written with the tax
 * codes' events, so that entries taxed by one code do not queue on that code's aggregate lock.
 */
public interface TaxRates {

    /** Whether the code is defined at all. */
    boolean exists(String code);

    /** The version in force on that day: the latest whose validFrom is not after it. */
    Optional<TaxRate> rateOn(String code, LocalDate day);
}
