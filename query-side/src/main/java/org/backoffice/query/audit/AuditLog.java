package org.backoffice.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.backoffice.query.audit.AuditViews.AuditEvent;
import org.backoffice.query.audit.AuditViews.EventPage;
import org.backoffice.query.audit.AuditViews.Metadata;
import org.backoffice.query.common.PersonalDataReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the event store for auditors: payloads decoded as JSON, personal data opened with its
 * owner's key or shown as erased. Paging by position never skips an event although writers keep
 * writing: positions are taken from a sequence when a writer inserts, but become visible when it
 * commits, so a page stops before any gap that a writer may still fill (one younger than the
 * longest transaction PostgreSQL allows the application, backoffice.database.transaction-timeout);
 * an older gap was left by a rolled-back writer.
 */
@Component
public class AuditLog {

    public static final String ERASED = "[erased]";
    /** Sealed values: "pd1:" (one key per person) and "pd2:CLASS:" (a key per person and retention class). */
    private static final java.util.regex.Pattern SEALED = java.util.regex.Pattern.compile("^pd(1|2:[A-Z_]+):");

    public record Filter(String aggregateType, String aggregateId, String eventType, String user, Instant from,
                         Instant to) {
    }

    private final JdbcTemplate jdbc;
    private final PersonalDataReader personalData;
    private final ObjectMapper json = new ObjectMapper();
    private final Duration gapBound;

    // Not a properties record: its default is another setting (the database's transaction bound),
    // which a @Value says in one line and a record of this module could not see.
    AuditLog(JdbcTemplate jdbc, PersonalDataReader personalData,
             @Value("${backoffice.audit.open-gap-bound:${backoffice.database.transaction-timeout:60s}}") Duration gapBound) {
        this.jdbc = jdbc;
        this.personalData = personalData;
        this.gapBound = gapBound;
    }

    /** The aggregate type as stored (the class' simple name), from its lower-case name in a path. */
    public static String storedType(String pathType) {
        String t = pathType.toLowerCase(Locale.ROOT);
        return "transaction".equals(t) ? "ledgertransaction" : t;
    }

    /**
     * The highest position up to which every event that will ever exist is already visible. A gap
     * before an event y can only still be filled by a transaction that began before y was stored
     * (its writer took the lower position first); so a young gap holds the page back only while
     * such a transaction is open — or may be: sessions of other roles do not show their
     * transactions to this one, and count as open. A gap left by a writer that rolled back (a
     * command that lost a race, say) then holds nothing back, instead of the whole bound.
     */
    public long safeHorizon(long after) {
        Long gapBefore = jdbc.queryForObject("""
                select min(prev) from (
                    select y.global_index, y.stored_at,
                           coalesce((select max(e.global_index) from domain_event_entry e
                                     where e.global_index < y.global_index), 0) as prev
                    from domain_event_entry y
                    where y.global_index > ? and y.stored_at > clock_timestamp() - make_interval(secs => ?)
                ) young
                where global_index > prev + 1
                  and exists (select 1 from pg_stat_activity a
                              where a.pid <> pg_backend_pid() and a.backend_type = 'client backend'
                                and a.datname = current_database()
                                and (a.usename is distinct from current_user
                                     or a.xact_start <= young.stored_at + interval '1 second'))""",
                Long.class, after, (double) gapBound.toMillis() / 1000);
        if (gapBefore != null) {
            return gapBefore;
        }
        Long max = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        return max == null ? 0 : max;
    }

    public EventPage page(Filter f, long after, int limit) {
        long horizon = safeHorizon(after);
        if (horizon <= after) {
            return new EventPage(List.of(), after);
        }
        StringBuilder sql = new StringBuilder(SELECT_EVENT + " where global_index > ? and global_index <= ?");
        List<Object> args = new ArrayList<>(List.of(after, horizon));
        where(f, sql, args);
        sql.append(" order by global_index limit ?");
        args.add(limit);
        List<AuditEvent> events = jdbc.query(sql.toString(), (rs, i) -> toEvent(rs), args.toArray());
        long next = events.size() == limit ? events.get(events.size() - 1).position() : horizon;
        return new EventPage(events, next);
    }

    public List<AuditEvent> history(String aggregateType, String aggregateId, Instant upTo) {
        StringBuilder sql = new StringBuilder(SELECT_EVENT + " where aggregate_identifier = ? and lower(type) = ?");
        List<Object> args = new ArrayList<>(List.of(aggregateId, storedType(aggregateType)));
        if (upTo != null) {
            sql.append(" and cast(time_stamp as timestamptz) <= ?");
            args.add(Timestamp.from(upTo));
        }
        sql.append(" order by sequence_number");
        return jdbc.query(sql.toString(), (rs, i) -> toEvent(rs), args.toArray());
    }

    /** The stored events with these ids (those that exist), in store order. */
    public List<AuditEvent> byEventIds(java.util.Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(SELECT_EVENT + " where event_identifier = any(?) order by global_index",
                (rs, i) -> toEvent(rs), (Object) eventIds.toArray(String[]::new));
    }

    /** The event at this position, if one is stored there. */
    public java.util.Optional<AuditEvent> at(long position) {
        return jdbc.query(SELECT_EVENT + " where global_index = ?", (rs, i) -> toEvent(rs), position).stream().findFirst();
    }

    /** An aggregate's event of this sequence number, if stored. */
    public java.util.Optional<AuditEvent> of(String aggregateId, long sequenceNumber) {
        return jdbc.query(SELECT_EVENT + " where aggregate_identifier = ? and sequence_number = ?", (rs, i) -> toEvent(rs),
                aggregateId, sequenceNumber).stream().findFirst();
    }

    private static final String SELECT_EVENT = """
            select global_index, type, aggregate_identifier, sequence_number, payload_type, time_stamp, payload, meta_data,
                   event_identifier from domain_event_entry""";

    private static void where(Filter f, StringBuilder sql, List<Object> args) {
        if (f.aggregateType() != null) {
            sql.append(" and lower(type) = ?");
            args.add(storedType(f.aggregateType()));
        }
        if (f.aggregateId() != null) {
            sql.append(" and aggregate_identifier = ?");
            args.add(f.aggregateId());
        }
        if (f.eventType() != null) {
            sql.append(" and (payload_type = ? or payload_type like ?)");
            args.add(f.eventType());
            args.add("%." + f.eventType().replace("%", "").replace("_", "\\_"));
        }
        if (f.user() != null) {
            sql.append(" and convert_from(meta_data, 'UTF8')::jsonb ->> 'user' = ?");
            args.add(f.user());
        }
        if (f.from() != null) {
            sql.append(" and cast(time_stamp as timestamptz) >= ?");
            args.add(Timestamp.from(f.from()));
        }
        if (f.to() != null) {
            sql.append(" and cast(time_stamp as timestamptz) <= ?");
            args.add(Timestamp.from(f.to()));
        }
    }

    private AuditEvent toEvent(ResultSet rs) throws SQLException {
        String aggregateId = rs.getString("aggregate_identifier");
        String payloadType = rs.getString("payload_type");
        try {
            JsonNode payload = json.readTree(rs.getBytes("payload"));
            openPersonalData(payload, aggregateId);
            byte[] meta = rs.getBytes("meta_data");
            JsonNode m = meta == null ? json.createObjectNode() : json.readTree(meta);
            String type = rs.getString("type");
            return new AuditEvent(rs.getLong("global_index"), type == null ? null : type.toLowerCase(Locale.ROOT),
                    aggregateId, rs.getLong("sequence_number"), payloadType.substring(payloadType.lastIndexOf('.') + 1),
                    Instant.parse(rs.getString("time_stamp")), payload,
                    new Metadata(text(m, "user"), text(m, "correlationId"), text(m, "causationId"), text(m, "upstreamId"),
                            text(m, "command")), rs.getString("event_identifier"));
        } catch (IOException e) {
            throw new SQLException("event " + rs.getLong("global_index") + " has an unreadable payload", e);
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    /**
     * The same JSON with every sealed value opened with the key of its person, or erased: the
     * aggregate's, or, inside an object that names an employeeId (a leave account's events, the
     * notes of a conflict about each party), that employee's.
     */
    public JsonNode openPersonalData(JsonNode node, String aggregateId) {
        openSealed(node, aggregateId);
        return node;
    }

    private void openSealed(JsonNode node, String aggregateId) {
        if (!(node instanceof ObjectNode object)) {
            if (node != null && node.isArray()) {
                node.forEach(child -> openSealed(child, aggregateId));
            }
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        List<Map.Entry<String, JsonNode>> all = new ArrayList<>();
        fields.forEachRemaining(all::add);
        String subject = object.path("employeeId").isTextual() ? object.get("employeeId").asText() : aggregateId;
        for (Map.Entry<String, JsonNode> field : all) {
            JsonNode value = field.getValue();
            if (value.isTextual() && SEALED.matcher(value.asText()).find()) {
                object.set(field.getKey(), TextNode.valueOf(open(subject, value.asText())));
            } else {
                openSealed(value, subject);
            }
        }
    }

    private String open(String aggregateId, String sealed) {
        try {
            return personalData.open(UUID.fromString(aggregateId), sealed).orElse(ERASED);
        } catch (IllegalArgumentException e) {
            return ERASED;
        }
    }
}
