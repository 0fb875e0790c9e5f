package org.backoffice.events.it;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** Installed at a location (network gear, a phone system, a printer). */
@Revision("1")
public record AssetInstalledEvent(UUID assetId, String location) {
}
