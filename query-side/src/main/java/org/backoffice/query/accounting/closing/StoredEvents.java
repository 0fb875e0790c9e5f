package org.backoffice.query.accounting.closing;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads a stored event row as the application does: through the upcasters (an event stored in
 * an older revision reads as today's) and the event serializer. Rows must hold the columns
 * type, aggregate_identifier, sequence_number, event_identifier, time_stamp, payload_type,
 * payload_revision, payload and meta_data.
 */
@Component
public class StoredEvents {

    private final Serializer serializer;
    private final EventUpcaster upcasters;

    StoredEvents(@Qualifier("eventSerializer") Serializer serializer, org.axonframework.config.Configuration axon) {
        this.serializer = serializer;
        this.upcasters = axon.upcasterChain();
    }

    public static final String COLUMNS = "global_index, type, aggregate_identifier, sequence_number, event_identifier, "
            + "time_stamp, payload_type, payload_revision, payload, meta_data";

    public Object payload(ResultSet rs) throws SQLException {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>(rs.getString("type"),
                rs.getString("aggregate_identifier"), rs.getLong("sequence_number"), rs.getString("event_identifier"),
                rs.getString("time_stamp"), rs.getString("payload_type"), rs.getString("payload_revision"),
                rs.getBytes("payload"), rs.getBytes("meta_data"));
        var stream = EventStreamUtils.upcastAndDeserializeDomainEvents(java.util.stream.Stream.of(entry), serializer, upcasters);
        DomainEventMessage<?> message = stream.next();
        return message.getPayload();
    }
}
