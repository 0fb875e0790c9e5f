package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * A tax code was defined. baseBox, taxBox and inputTaxBox are the boxes (Kennzahlen) of the
 * German VAT advance return its taxed amounts, its tax and its input tax are reported in (empty:
 * not reported). Its rates follow as {@link TaxRateVersionAddedEvent}s, the first one at once.
 */
@Revision("1")
public record TaxCodeDefinedEvent(UUID taxCodeId, String code, String name, TaxKind kind, String baseBox,
                                  String taxBox, String inputTaxBox) {
}
