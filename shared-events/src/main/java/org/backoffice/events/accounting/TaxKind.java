package org.backoffice.events.accounting;

/**
 * What a tax code does to the line it taxes.
 * <ul>
 * <li>OUTPUT: VAT the company charges on a sale and owes (Umsatzsteuer): a tax line on the output
 * tax account, on the side of the taxed line.</li>
 * <li>INPUT: VAT the company paid on a purchase and reclaims (Vorsteuer): a tax line on the input
 * tax account, on the side of the taxed line.</li>
 * <li>REVERSE_CHARGE: a purchase whose VAT the company owes itself (§ 13b UStG): output tax and
 * the same amount of input tax, which cancel each other.</li>
 * <li>TAX_FREE: no tax; the line is only reported (e.g. an intra-EU supply).</li>
 * </ul>
 */
public enum TaxKind {
    OUTPUT, INPUT, REVERSE_CHARGE, TAX_FREE
}
