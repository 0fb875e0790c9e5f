package org.backoffice.events.it.purchasing;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** No longer chosen for requests nor ordered. */
@Revision("1")
public record CatalogueModelDiscontinuedEvent(UUID modelId) {
}
