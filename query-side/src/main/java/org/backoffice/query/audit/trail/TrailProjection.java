package org.backoffice.query.audit.trail;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.backoffice.events.common.EventReference;
import org.backoffice.events.common.RefersTo;
import org.backoffice.query.common.BatchPerUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The index the audit trail follows: for every stored event, the message that produced it and
 * what had caused that message (the metadata's causationId and upstreamId), and what it names as
 * decided on (events that are {@link RefersTo}). Only those payloads are decoded; the others are
 * indexed from their metadata alone. Written once per batch, idempotent by event id.
 */
@Component
@ProcessingGroup(TrailProjection.NAME)
public class TrailProjection {

    public static final String NAME = "trail";

    private final JdbcTemplate jdbc;

    TrailProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Link(String eventId, String aggregateId, Long sequence, String causationId, String upstreamId) {
    }

    private record Reference(String eventId, EventReference to) {
    }

    private static final class Batch {
        final List<Link> links = new ArrayList<>();
        final List<Reference> references = new ArrayList<>();
    }

    @EventHandler(payloadType = Object.class)
    void on(EventMessage<?> event) {
        Batch batch = BatchPerUnitOfWork.current(Batch.class, Batch::new, this::flush);
        String aggregateId = null;
        Long sequence = null;
        if (event instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null) {
            aggregateId = domain.getAggregateIdentifier();
            sequence = domain.getSequenceNumber();
        }
        batch.links.add(new Link(event.getIdentifier(), aggregateId, sequence,
                text(event.getMetaData().get("causationId")), text(event.getMetaData().get("upstreamId"))));
        if (RefersTo.class.isAssignableFrom(event.getPayloadType())) {
            for (EventReference to : ((RefersTo) event.getPayload()).references()) {
                batch.references.add(new Reference(event.getIdentifier(), to));
            }
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /**
     * The position is the event's own, read from the store by its id: a replay's tracking token
     * does not always name the position of the event it carries.
     */
    private void flush(Batch batch) {
        jdbc.batchUpdate("""
                insert into trail_link (event_id, position, aggregate_id, sequence_number, causation_id, upstream_id)
                select d.event_identifier, d.global_index, ?, ?, ?, ? from domain_event_entry d where d.event_identifier = ?
                on conflict (event_id) do nothing""", batch.links, 500, (ps, l) -> {
            ps.setString(1, l.aggregateId());
            ps.setObject(2, l.sequence());
            ps.setString(3, l.causationId());
            ps.setString(4, l.upstreamId());
            ps.setString(5, l.eventId());
        });
        if (batch.references.isEmpty()) {
            return;
        }
        // A redelivered batch must not add its references twice: those of its events go first.
        jdbc.batchUpdate("delete from trail_reference where event_id = ?",
                batch.references.stream().map(Reference::eventId).distinct().map(id -> new Object[] {id}).toList());
        jdbc.batchUpdate("""
                insert into trail_reference (event_id, position, role, referenced_event_id, referenced_aggregate_id,
                    scope_aggregate_id)
                select l.event_id, l.position, ?, ?, ?, ? from trail_link l where l.event_id = ?""",
                batch.references, 500, (ps, r) -> {
            ps.setString(1, r.to().role());
            ps.setString(2, r.to().eventId());
            ps.setString(3, r.to().aggregateId());
            ps.setString(4, r.to().scope());
            ps.setString(5, r.eventId());
        });
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from trail_link");
        jdbc.update("delete from trail_reference");
    }
}
