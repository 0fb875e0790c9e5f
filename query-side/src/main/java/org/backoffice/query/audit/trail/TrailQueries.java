package org.backoffice.query.audit.trail;

import org.backoffice.query.audit.AuditLog;
import org.backoffice.query.audit.AuditViews.AuditEvent;
import org.backoffice.query.audit.trail.TrailViews.Effect;
import org.backoffice.query.audit.trail.TrailViews.EffectPage;
import org.backoffice.query.audit.trail.TrailViews.Link;
import org.backoffice.query.audit.trail.TrailViews.Origin;
import org.backoffice.query.audit.trail.TrailViews.Reference;
import org.backoffice.query.audit.trail.TrailViews.Trail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Follows the trail index (TrailProjection) from one event: up to what caused it and down to
 * everything that followed from it, in any department. An event follows from another when the
 * message that produced it was caused by that event (a processor handled it and sent the
 * command), or by the command that produced it (a command sent from a command handler, or a
 * deadline it scheduled: the deadline's effects follow from the first event of that command).
 * Every step is an index lookup (causation_id, upstream_id); the event table is read only for
 * the events shown, by their ids.
 */
@Component
public class TrailQueries {

    /** Far more than any chain of processors, deadlines and commands this product makes. */
    static final int MAX_CAUSES = 100;
    static final int SAME_STEP = 100;
    static final int REFERENCES = 50;

    private final JdbcTemplate jdbc;
    private final AuditLog log;

    TrailQueries(JdbcTemplate jdbc, AuditLog log) {
        this.jdbc = jdbc;
        this.log = log;
    }

    private record Node(String eventId, long position, String causationId, String upstreamId) {
    }

    private Optional<Node> node(String eventId) {
        return jdbc.query("select event_id, position, causation_id, upstream_id from trail_link where event_id = ?",
                (rs, i) -> new Node(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)), eventId)
                .stream().findFirst();
    }

    /** The event the one with this upstream id followed from: that event, or the first event of that command. */
    private Optional<Node> causeOf(String upstreamId) {
        Optional<Node> event = node(upstreamId);
        if (event.isPresent()) {
            return event;
        }
        return jdbc.query("""
                select event_id, position, causation_id, upstream_id from trail_link
                where causation_id = ? order by position limit 1""",
                (rs, i) -> new Node(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)), upstreamId)
                .stream().findFirst();
    }

    /** The trail of the event at this position; empty when no event is stored there or it is not indexed yet. */
    public Optional<Trail> trail(long position, int limit) {
        return log.at(position).flatMap(event -> trail(event, limit));
    }

    /** The trail of an aggregate's event of this sequence number. */
    public Optional<Trail> trail(String aggregateId, long sequenceNumber, int limit) {
        return log.of(aggregateId, sequenceNumber).flatMap(event -> trail(event, limit));
    }

    private Optional<Trail> trail(AuditEvent event, int limit) {
        Optional<Node> indexed = node(event.eventId());
        if (indexed.isEmpty()) {
            return Optional.empty();
        }
        Node self = indexed.get();
        List<String> chain = new ArrayList<>();
        Node top = self;
        Set<String> seen = new LinkedHashSet<>();
        while (top.upstreamId() != null && chain.size() < MAX_CAUSES && seen.add(top.eventId())) {
            Optional<Node> cause = causeOf(top.upstreamId());
            if (cause.isEmpty()) {
                break;
            }
            top = cause.get();
            chain.add(top.eventId());
        }
        Collections.reverse(chain);
        List<AuditEvent> causes = inOrder(chain, log.byEventIds(chain));
        AuditEvent first = causes.isEmpty() ? event : causes.get(0);
        List<AuditEvent> sameStep = List.of();
        long sameStepTotal = 0;
        if (self.causationId() != null) {
            List<String> siblings = jdbc.queryForList("""
                    select event_id from trail_link where causation_id = ? and event_id <> ? order by position limit ?""",
                    String.class, self.causationId(), self.eventId(), SAME_STEP);
            sameStep = log.byEventIds(siblings);
            sameStepTotal = siblings.size() < SAME_STEP ? siblings.size() : jdbc.queryForObject(
                    "select count(*) - 1 from trail_link where causation_id = ?", Long.class, self.causationId());
        }
        return Optional.of(new Trail(event, originOf(first, top), causes, sameStep, sameStepTotal, refersTo(event),
                referredBy(event), effects(event.position(), 0, limit).orElseThrow()));
    }

    private static Origin originOf(AuditEvent first, Node top) {
        if (top.upstreamId() != null || first.metadata().command() == null) {
            return Origin.NOT_RECORDED;
        }
        return "system".equals(first.metadata().user()) ? Origin.SCHEDULE : Origin.REQUEST;
    }

    /**
     * Every event that followed from the one at this position, in store order after afterPosition;
     * empty when no event is indexed there. From the start of a chain (an event without a recorded
     * cause that is its command's first), they are the rows of its root (V34), read by keyset on
     * (root_id, position): a page costs the same in a chain of 200,000 as in one of 20. From any
     * other event, one recursive query over the index: each level is an index lookup of the events
     * whose cause is the level above (its events, or their commands). The two agree (TrailRootsTest).
     */
    private record Start(String eventId, long position, String causationId, String rootId) {
    }

    public Optional<EffectPage> effects(long position, long afterPosition, int limit) {
        List<Start> root = jdbc.query("""
                select l.event_id, l.position, l.causation_id, l.root_id
                from domain_event_entry d join trail_link l on l.event_id = d.event_identifier
                where d.global_index = ?""",
                (rs, i) -> new Start(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)),
                position);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Start start = root.get(0);
        record Row(String eventId, long position, String upstreamId) {
        }
        RowMapper<Row> row = (rs, i) -> new Row(rs.getString(1), rs.getLong(2), rs.getString(3));
        List<Row> rows = chainStart(start)
                ? jdbc.query("""
                        select event_id, position, upstream_id from trail_link
                        where root_id = ? and event_id <> ? and position > ? order by position limit ?""",
                        row, start.eventId(), start.eventId(), afterPosition, limit + 1)
                : jdbc.query("""
                        with recursive effects (event_id, causation_id) as (
                            select event_id, causation_id from trail_link where event_id = ?
                            union
                            select c.event_id, c.causation_id from effects e
                            join trail_link c on c.upstream_id in (e.event_id, e.causation_id)
                        )
                        select l.event_id, l.position, l.upstream_id from effects f join trail_link l on l.event_id = f.event_id
                        where l.event_id <> ? and l.position > ? order by l.position limit ?""",
                        row, start.eventId(), start.eventId(), afterPosition, limit + 1);
        boolean more = rows.size() > limit;
        List<Row> page = more ? rows.subList(0, limit) : rows;
        Map<String, AuditEvent> events = log.byEventIds(page.stream().map(Row::eventId).toList()).stream()
                .collect(Collectors.toMap(AuditEvent::eventId, Function.identity()));
        Map<String, Long> causes = new HashMap<>();
        for (String upstream : page.stream().map(Row::upstreamId).distinct().toList()) {
            causeOf(upstream).ifPresent(cause -> causes.put(upstream, cause.position()));
        }
        List<Effect> effects = page.stream().filter(r -> events.containsKey(r.eventId()))
                .map(r -> new Effect(events.get(r.eventId()), causes.get(r.upstreamId()))).toList();
        return Optional.of(new EffectPage(effects, more ? page.get(page.size() - 1).position() : null));
    }

    /**
     * Whether the rows of this event's root are exactly what followed from it: it is a root (no
     * recorded cause) and the first event of its command, so what followed from that command
     * (a deadline it set, a command it sent) is rooted at it too. A later event of the same
     * command roots only what followed from itself, so it is walked instead. Only an event
     * without a recorded cause is its own root.
     */
    private boolean chainStart(Start start) {
        if (!start.eventId().equals(start.rootId())) {
            return false;
        }
        return start.causationId() == null || !jdbc.queryForObject(
                "select exists (select 1 from trail_link where causation_id = ? and position < ?)",
                Boolean.class, start.causationId(), start.position());
    }

    private record RefRow(String eventId, String role, String referencedEventId, String referencedAggregateId,
                          String scope) {
    }

    private List<RefRow> referenceRows(String where, Object... args) {
        return jdbc.query("""
                select event_id, role, referenced_event_id, referenced_aggregate_id, scope_aggregate_id
                from trail_reference where\s""" + where + " order by position limit " + REFERENCES,
                (rs, i) -> new RefRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                args);
    }

    /** The event referred to: by its id, or an aggregate's first event. */
    private Optional<AuditEvent> target(RefRow r) {
        if (r.referencedEventId() != null) {
            return log.byEventIds(List.of(r.referencedEventId())).stream().findFirst();
        }
        return r.referencedAggregateId() == null ? Optional.empty() : log.of(r.referencedAggregateId(), 0);
    }

    private Long scopePosition(String scope) {
        return scope == null ? null : log.of(scope, 0).map(AuditEvent::position).orElse(null);
    }

    private List<Reference> refersTo(AuditEvent event) {
        List<Reference> found = new ArrayList<>();
        for (RefRow r : referenceRows("event_id = ?", event.eventId())) {
            target(r).ifPresent(t -> found.add(new Reference(r.role(), r.scope(), scopePosition(r.scope()), t, List.of())));
        }
        return found;
    }

    private List<Reference> referredBy(AuditEvent event) {
        List<RefRow> rows = event.sequenceNumber() == 0 && event.aggregateId() != null
                ? referenceRows("referenced_event_id = ? or referenced_aggregate_id = ?", event.eventId(), event.aggregateId())
                : referenceRows("referenced_event_id = ?", event.eventId());
        Map<String, AuditEvent> referring = log.byEventIds(rows.stream().map(RefRow::eventId).distinct().toList()).stream()
                .collect(Collectors.toMap(AuditEvent::eventId, Function.identity()));
        List<Reference> found = new ArrayList<>();
        for (RefRow r : rows) {
            AuditEvent by = referring.get(r.eventId());
            if (by == null) {
                continue;
            }
            List<Link> links = new ArrayList<>();
            for (RefRow other : referenceRows("event_id = ? and (scope_aggregate_id is not distinct from ?)", r.eventId(),
                    r.scope())) {
                target(other).filter(t -> !t.eventId().equals(event.eventId()))
                        .ifPresent(t -> links.add(new Link(other.role(), t.position())));
            }
            found.add(new Reference(r.role(), r.scope(), scopePosition(r.scope()), by, links));
        }
        return found;
    }

    private static List<AuditEvent> inOrder(List<String> ids, List<AuditEvent> events) {
        Map<String, AuditEvent> byId = events.stream().collect(Collectors.toMap(AuditEvent::eventId, Function.identity()));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }
}
