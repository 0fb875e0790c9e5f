package org.backoffice.command.it.asset;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Set-based facts about assets for the command side: serial numbers, and who holds what. */
public interface AssetDirectory {

    Optional<UUID> holderOfSerial(String serialNumber);

    List<UUID> assetsHeldBy(UUID employeeId);

    /** Registered and not retired: a device that can take an address, a number or a licence seat. */
    boolean inService(UUID assetId);

    static String normalise(String serialNumber) {
        return serialNumber.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
