package org.backoffice.events.it;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A place where the company runs networks and installs devices: an office, a warehouse, a data centre. */
@Revision("1")
public record SiteOpenedEvent(UUID siteId, String name, String address) {
}
