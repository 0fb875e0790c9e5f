package org.backoffice.command.common;

import java.util.UUID;

/** The answer to a create: the new resource's id (its address is in the Location header). */
public record CreatedResponse(UUID id) {
}
