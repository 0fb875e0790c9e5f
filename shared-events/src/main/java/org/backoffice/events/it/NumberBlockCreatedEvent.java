package org.backoffice.events.it;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * A block of consecutive numbers the company holds: a carrier's direct-dial range in E.164, or a
 * range of its phone system's extensions. first and last are canonical (E.164 with "+", or the
 * extension's digits).
 */
@Revision("1")
public record NumberBlockCreatedEvent(UUID blockId, String name, NumberBlockKind kind, String first, String last, int size) {
}
