package org.backoffice.events.accounting;

public enum PartyKind {
    CUSTOMER, SUPPLIER, EMPLOYEE
}
