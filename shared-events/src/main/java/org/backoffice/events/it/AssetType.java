package org.backoffice.events.it;

public enum AssetType {
    LAPTOP, DESKTOP, MONITOR, PHONE, PHONE_LINE, SIM_CARD, NETWORK_DEVICE, PRINTER, OTHER
}
