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
                insert into trail_link (event_id, position, aggregate_id, sequence_number, causation_id, upstream_id, root_id)
                select d.event_identifier, d.global_index, ?, ?, ?, u.id,
                       case when u.id is null then d.event_identifier else\s""" + rootOfCause("u.id") + """
                       end
                from domain_event_entry d, (select cast(? as varchar) as id) u where d.event_identifier = ?
                on conflict (event_id) do nothing""", batch.links, 500, (ps, l) -> {
            ps.setString(1, l.aggregateId());
            ps.setObject(2, l.sequence());
            ps.setString(3, l.causationId());
            ps.setString(4, l.upstreamId());
            ps.setString(5, l.eventId());
        });
        resolveRoots();
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

    /**
     * The root of the cause named by this upstream id, as SQL: the event of that id, or else the
     * first event of the command of that id; null while neither is indexed (or rooted).
     */
    private static String rootOfCause(String upstreamId) {
        return """
                coalesce((select e.root_id from trail_link e where e.event_id = %1$s),
                         (select f.root_id from trail_link f where f.causation_id = %1$s order by f.position limit 1))"""
                .formatted(upstreamId);
    }

    /**
     * Gives every indexed event whose cause has a root that root (root_id, V34): the cause is the
     * event named by its upstream id or, where that names a command, the command's first event,
     * exactly the step {@code TrailQueries} follows upwards. An event is given its root as it is
     * inserted (the batch's statements run in store order, so a cause earlier in the batch is
     * there); this is for an event indexed before its cause (none known: an event's cause is
     * stored before it), which waits unrooted until its cause is indexed. One level of a chain per
     * statement, repeated until a statement finds nothing; only unrooted rows are read (a partial
     * index holds them), so after an ordinary batch it is one lookup in an empty index. Rooting
     * every row by an update after its insert instead wrote each row twice: the benchmark's payroll
     * of 50,000 took 103 s that way, 92 s rooted at insert, 82 s without roots (one run each).
     * Public for the tests, which check that roots and the recursive walk agree.
     */
    public void resolveRoots() {
        while (jdbc.update("""
                update trail_link l set root_id = r.root_id
                from (select q.event_id,\s""" + rootOfCause("q.upstream_id") + """
                       as root_id
                      from trail_link q where q.root_id is null and q.upstream_id is not null) r
                where l.event_id = r.event_id and r.root_id is not null""") > 0) {
            // the next level of each chain
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from trail_link");
        jdbc.update("delete from trail_reference");
    }
}
