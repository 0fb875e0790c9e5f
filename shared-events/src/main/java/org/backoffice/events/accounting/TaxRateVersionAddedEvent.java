package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * From validFrom on, the tax code taxes at rate percent, its tax posted to taxAccountId (and, for
 * a reverse charge, the input tax to inputTaxAccountId). A version is never edited: a rate change
 * is a new version from a later date. The code is valid from its first version's date on.
 */
@Revision("1")
public record TaxRateVersionAddedEvent(UUID taxCodeId, String code, LocalDate validFrom, BigDecimal rate,
                                       UUID taxAccountId, UUID inputTaxAccountId) {
}
