package org.backoffice.events.accounting;

/**
 * What a line of a journal entry is for the tax code it names: the taxed amount itself (BASE:
 * revenue, expense, asset), or the tax that code made of it, owed to the tax office (OUTPUT_TAX)
 * or reclaimable from it (INPUT_TAX). A reverse-charge purchase makes one of each tax line.
 */
public enum TaxRole {
    BASE, OUTPUT_TAX, INPUT_TAX
}
