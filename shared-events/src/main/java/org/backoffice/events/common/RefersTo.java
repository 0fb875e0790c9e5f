package org.backoffice.events.common;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/** An event that names what it was decided on, beyond its cause (see {@link EventReference}). */
public interface RefersTo {

    @JsonIgnore
    List<EventReference> references();
}
