package org.backoffice.command.accounting.partner;

import org.backoffice.events.accounting.PartyKind;

/** The next free personal account number of a kind of partner. */
public interface PartnerNumbers {

    /** Customers 10000–69999, suppliers 70000–99999: the number after the highest one taken. */
    String nextFree(PartyKind kind);
}
